import { z } from 'zod';
import { randomUUID } from 'node:crypto';
import { InsuranceType, KnowledgeKind, Sex } from '../../db/generated/prisma/enums.js';
import { appendAuditEvent } from '../../audit/append-event.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { ENTITY, EVENT } from '../audit-event-types.js';
import { requireCapability, requireInsurer } from '../shared/actor.js';
import { text } from '../shared/schemas.js';
import type { ImportLineError } from './import-claims.js';

export const knowledgeEntryInput = z.object({
  kind: z.enum(KnowledgeKind),
  catalogueCode: text(64),
  nameZh: text(200),
  batch: text(100).nullish(),
  sex: z.enum(Sex).nullish(),
  maxAgeYears: z.number().int().min(0).max(150).nullish(),
  insuranceTypes: z.array(z.enum(InsuranceType)).max(4).nullish(),
  icd10Prefixes: z.array(z.string().regex(/^[A-Z]\d{0,2}(\.[0-9A-Z]{0,4})?$/, 'must be an ICD-10 code or prefix')).max(200).nullish(),
  priceFen: z.union([z.number().int().nonnegative(), z.string().regex(/^\d{1,15}$/)]).transform((v) => BigInt(v)).nullish(),
  discountPercent: z.number().int().min(0).max(100).nullish(),
  maxQuantity: z.union([z.number().positive(), z.string().regex(/^\d{1,9}(\.\d{1,3})?$/)]).transform((v) => String(v)).nullish(),
  maxDaysSupply: z.number().int().min(1).max(366).nullish(),
  validityDays: z.number().int().min(1).max(3660).nullish(),
  maxUses: z.number().int().min(1).max(1000).nullish(),
  active: z.boolean().nullish(),
});

export interface KnowledgeImportReport {
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: ImportLineError[];
}

/**
 * Imports a batch of knowledge entries (a national batch is thousands of lines) into an
 * insurer's library: an entry is keyed by (kind, catalogue code); a changed entry gets a new
 * version. The whole file is validated first and committed in one transaction with its
 * `knowledge.imported` event, or not at all.
 */
export async function importKnowledge(ctx: CommandContext, insurerId: string, items: { line: number; value: unknown }[]): Promise<KnowledgeImportReport> {
  requireCapability(ctx.actor, 'manageMonitoring');
  requireInsurer(ctx.actor, insurerId, 'Insurer', insurerId);
  const report: KnowledgeImportReport = { read: items.length, created: 0, updated: 0, unchanged: 0, errors: [] };
  const parsed = items.map((item) => {
    const r = knowledgeEntryInput.safeParse(item.value);
    if (!r.success) for (const i of r.error.issues) report.errors.push({ line: item.line, field: i.path.join('.') || null, message: i.message });
    return r.success ? r.data : null;
  });
  if (report.errors.length > 0) return report;
  await inTransaction(ctx, async (tx) => {
    const existing = await tx.knowledgeEntry.findMany({ where: { insurerId } });
    const byKey = new Map(existing.map((e) => [`${e.kind}|${e.catalogueCode}`, e]));
    for (const e of parsed) {
      const data = {
        nameZh: e!.nameZh,
        batch: e!.batch ?? null,
        sex: e!.sex ?? null,
        maxAgeYears: e!.maxAgeYears ?? null,
        insuranceTypes: e!.insuranceTypes ?? [],
        icd10Prefixes: e!.icd10Prefixes ?? [],
        priceFen: e!.priceFen ?? null,
        discountPercent: e!.discountPercent ?? null,
        maxQuantity: e!.maxQuantity ?? null,
        maxDaysSupply: e!.maxDaysSupply ?? null,
        validityDays: e!.validityDays ?? null,
        maxUses: e!.maxUses ?? null,
        active: e!.active ?? true,
      };
      const old = byKey.get(`${e!.kind}|${e!.catalogueCode}`);
      if (!old) {
        await tx.knowledgeEntry.create({ data: { insurerId, kind: e!.kind, catalogueCode: e!.catalogueCode, ...data } });
        report.created += 1;
      } else if (JSON.stringify(comparable(old)) !== JSON.stringify(comparable({ ...old, ...data }))) {
        await tx.knowledgeEntry.update({ where: { id: old.id }, data: { ...data, version: { increment: 1 } } });
        report.updated += 1;
      } else report.unchanged += 1;
    }
    await appendAuditEvent(tx, {
      type: EVENT.knowledgeImported,
      entityType: ENTITY.knowledgeImport,
      entityId: randomUUID(),
      actor: ctx.actor,
      requestId: ctx.requestId,
      insurerId,
      data: { read: report.read, created: report.created, updated: report.updated, unchanged: report.unchanged },
    });
  });
  return report;
}

function comparable(e: Record<string, unknown>) {
  const keys = ['nameZh', 'batch', 'sex', 'maxAgeYears', 'insuranceTypes', 'icd10Prefixes', 'priceFen', 'discountPercent', 'maxQuantity', 'maxDaysSupply', 'validityDays', 'maxUses', 'active'];
  return keys.map((k) => (e[k] == null ? null : String(e[k])));
}
