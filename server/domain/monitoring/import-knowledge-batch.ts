import { z } from 'zod';
import { requireCapability } from '../shared/actor.js';
import { parseInput } from '../shared/input.js';
import { uuid } from '../shared/schemas.js';
import type { CommandContext } from '../transaction.js';
import { importKnowledge, type KnowledgeImportReport } from './import-knowledge.js';
import { readKnowledgeFile } from './knowledge-file.js';

/** The largest batch file accepted (characters): a national batch of 11,290 entries is about 2 MB of NDJSON. */
export const MAX_KNOWLEDGE_FILE_CHARS = 16_000_000;

export const importKnowledgeBatchInput = z.object({
  /** The insurer whose supplements these are; null = the national library. */
  insurerId: uuid.nullish(),
  format: z.enum(['NDJSON', 'CSV']),
  content: z.string().max(MAX_KNOWLEDGE_FILE_CHARS, `at most ${MAX_KNOWLEDGE_FILE_CHARS} characters`),
});

/** Imports a knowledge batch file (its text): reads its lines, then `importKnowledge`. */
export async function importKnowledgeBatch(ctx: CommandContext, raw: z.input<typeof importKnowledgeBatchInput>): Promise<KnowledgeImportReport> {
  requireCapability(ctx.actor, 'manageMonitoring');
  const input = parseInput(importKnowledgeBatchInput, raw);
  const items = readKnowledgeFile(input.content, input.format === 'CSV' ? 'csv' : 'ndjson');
  return importKnowledge(ctx, input.insurerId ?? null, items);
}
