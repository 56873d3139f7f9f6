import { builder } from '../builder.js';
import { CAN } from '../../server/auth/capabilities.js';
import { importKnowledgeBatch, MAX_KNOWLEDGE_FILE_CHARS } from '../../server/domain/monitoring/import-knowledge-batch.js';
import type { KnowledgeImportReport, KnowledgeLineError } from '../../server/domain/monitoring/import-knowledge.js';
import { Insurer } from './insurer.js';
import { commandContext, rawId } from './mutation-payloads.js';

/** 知识库 batch import: a national batch (platform admins) or an insurer's own supplements. */

const KnowledgeFileFormat = builder.enumType('KnowledgeFileFormat', { values: ['NDJSON', 'CSV'] as const });

const ImportKnowledgeEntriesInput = builder.inputType('ImportKnowledgeEntriesInput', {
  fields: (t) => ({
    national: t.boolean({ required: false, description: 'A batch of the national library (platform admins only).' }),
    insurerId: t.globalID({ for: Insurer, required: false, description: 'The insurer whose own supplements these are; agency staff may omit it (their own insurer).' }),
    format: t.field({ type: KnowledgeFileFormat }),
    content: t.string({
      description:
        `The file's text, at most ${MAX_KNOWLEDGE_FILE_CHARS} characters and within the server's request body limit (MAX_BODY_BYTES). ` +
        'NDJSON: one entry object per line. CSV: a header row (kind, catalogueCode, nameZh required; nameEn, batch, sex, maxAgeYears, insuranceTypes, ' +
        'icd10Prefixes, priceFen, discountPercent, maxQuantity, maxDaysSupply, validityDays, maxUses, active optional; lists separated by `;`).',
    }),
  }),
});

const KnowledgeImportLineError = builder.objectRef<KnowledgeLineError>('KnowledgeImportLineError').implement({
  description: 'Why one line of the batch was refused.',
  fields: (t) => ({
    line: t.exposeInt('line'),
    field: t.exposeString('field', { nullable: true }),
    message: t.exposeString('message'),
    messageZh: t.exposeString('messageZh'),
    messageEn: t.string({ resolve: (e) => e.message }),
  }),
});

const ImportKnowledgeEntriesPayload = builder.objectRef<KnowledgeImportReport>('ImportKnowledgeEntriesPayload').implement({
  description: 'The batch is imported whole (errors empty) or not at all (errors name every refused line).',
  fields: (t) => ({
    imported: t.boolean({ resolve: (r) => r.errors.length === 0 && !r.errorsTruncated }),
    importId: t.exposeString('importId', { nullable: true, description: 'Entity id of the knowledge.imported audit event; null when nothing changed or the batch was refused.' }),
    read: t.exposeInt('read'),
    created: t.exposeInt('created'),
    updated: t.exposeInt('updated', { description: 'Entries that got a new version.' }),
    unchanged: t.exposeInt('unchanged'),
    errors: t.field({ type: [KnowledgeImportLineError], resolve: (r) => r.errors }),
    errorsTruncated: t.exposeBoolean('errorsTruncated'),
  }),
});

builder.mutationField('importKnowledgeEntries', (t) =>
  t.field({
    type: ImportKnowledgeEntriesPayload,
    description:
      'Imports a knowledge batch file: every line validated, re-importing a batch changes nothing, a changed entry becomes its next version; one audit event for the batch.',
    authScopes: { roles: CAN.manageMonitoring },
    args: { input: t.arg({ type: ImportKnowledgeEntriesInput, required: true }) },
    resolve: (_root, { input }, ctx) => importKnowledgeBatch(commandContext(ctx), { ...input, insurerId: rawId(input.insurerId) }),
  }),
);
