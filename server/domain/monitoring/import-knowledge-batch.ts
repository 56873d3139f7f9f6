import { z } from 'zod';
import { InputError, forbidden } from '../errors.js';
import { requireCapability, requireInsurer } from '../shared/actor.js';
import type { Viewer } from '../../auth/viewer.js';
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

/** Where a batch goes, without its content: the national library or an insurer's supplements. */
export const knowledgeBatchTarget = importKnowledgeBatchInput.omit({ content: true });

/**
 * Who may import into which library, decided from the batch's target alone, so the upload
 * route refuses before it reads a byte of the file (an anonymous or unentitled caller cannot
 * make the hub hold 32 MB). Returns the library: null for the national one, else the insurer.
 * Another insurer's library answers as one that does not exist (importKnowledge's rule).
 */
export function admitKnowledgeBatch(actor: Viewer, raw: z.input<typeof knowledgeBatchTarget>): string | null {
  requireCapability(actor, 'manageMonitoring');
  const input = parseInput(knowledgeBatchTarget, raw);
  if (input.national && input.insurerId) throw new InputError([{ path: ['input', 'insurerId'], message: 'a national batch belongs to no insurer', messageZh: '国家批次不属于任何医保经办机构' }]);
  const insurerId = input.national ? null : (input.insurerId ?? actor.insurerId);
  if (!input.national && !insurerId) throw new InputError([{ path: ['input', 'insurerId'], message: 'name the insurer' }]);
  if (!insurerId) {
    if (actor.role !== 'PLATFORM_ADMIN') throw forbidden('importNationalKnowledge');
    return null;
  }
  requireInsurer(actor, insurerId, 'Insurer', insurerId);
  return insurerId;
}

/** Imports a knowledge batch file (its text): reads its lines, then `importKnowledge`. */
export async function importKnowledgeBatch(ctx: CommandContext, raw: z.input<typeof importKnowledgeBatchInput>): Promise<KnowledgeImportReport> {
  const insurerId = admitKnowledgeBatch(ctx.actor, raw);
  const input = parseInput(importKnowledgeBatchInput, raw);
  const items = readKnowledgeFile(input.content, input.format === 'CSV' ? 'csv' : 'ndjson');
  return importKnowledge(ctx, insurerId, items);
}
