import { z } from 'zod';
import { InputError } from '../errors.js';
import { requireCapability } from '../shared/actor.js';
import { parseInput } from '../shared/input.js';
import { uuid } from '../shared/schemas.js';
import type { CommandContext } from '../transaction.js';
import { importKnowledge, type KnowledgeImportReport } from './import-knowledge.js';
import { readKnowledgeFile } from './knowledge-file.js';

/** The largest batch file accepted (characters): a national batch of 11,290 entries is about 2 MB of NDJSON. */
export const MAX_KNOWLEDGE_FILE_CHARS = 16_000_000;

export const importKnowledgeBatchInput = z.object({
  /** The national library (platform admins only); otherwise an insurer's own supplements. */
  national: z.boolean().nullish(),
  /** The insurer whose supplements these are; agency staff omit it (their own insurer). */
  insurerId: uuid.nullish(),
  format: z.enum(['NDJSON', 'CSV']),
  content: z.string().max(MAX_KNOWLEDGE_FILE_CHARS, `at most ${MAX_KNOWLEDGE_FILE_CHARS} characters`),
});

/** Imports a knowledge batch file (its text): reads its lines, then `importKnowledge`. */
export async function importKnowledgeBatch(ctx: CommandContext, raw: z.input<typeof importKnowledgeBatchInput>): Promise<KnowledgeImportReport> {
  requireCapability(ctx.actor, 'manageMonitoring');
  const input = parseInput(importKnowledgeBatchInput, raw);
  if (input.national && input.insurerId) throw new InputError([{ path: ['input', 'insurerId'], message: 'a national batch belongs to no insurer', messageZh: '国家批次不属于任何医保经办机构' }]);
  const insurerId = input.national ? null : (input.insurerId ?? ctx.actor.insurerId);
  if (!input.national && !insurerId) throw new InputError([{ path: ['input', 'insurerId'], message: 'name the insurer' }]);
  const items = readKnowledgeFile(input.content, input.format === 'CSV' ? 'csv' : 'ndjson');
  return importKnowledge(ctx, insurerId ?? null, items);
}
