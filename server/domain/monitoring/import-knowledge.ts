import { randomUUID } from 'node:crypto';
import { appendAuditEvent } from '../../audit/append-event.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { ENTITY, EVENT } from '../audit-event-types.js';
import { forbidden, notFound } from '../errors.js';
import { importMessageZh } from './import-messages.js';
import { requireCapability, requireInsurer } from '../shared/actor.js';
import { entryData, knowledgeEntryInput, snapshot, type KnowledgeEntryInput } from './knowledge-entry-input.js';
import type { KnowledgeFileItem } from './knowledge-file.js';

export { knowledgeEntryInput } from './knowledge-entry-input.js';

/** Why one line of a batch was refused, in zh and en; `field` names the entry's field. */
export interface KnowledgeLineError {
  line: number;
  field: string | null;
  message: string;
  messageZh: string;
}

export interface KnowledgeImportReport {
  /** The audit entity id of the import; null when nothing changed (or the batch was refused). */
  importId: string | null;
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: KnowledgeLineError[];
  errorsTruncated: boolean;
}

/**
 * A batch may name at most this many entries (the largest national batch has 11,290). A batch
 * commits in one transaction, which has 30 s (domain/transaction.ts): 100,000 new entries ran
 * past it and answered INTERNAL_SERVER_ERROR; a larger library comes as several batches.
 */
export const MAX_KNOWLEDGE_LINES = 20_000;
const MAX_ERRORS = 200;

/**
 * Imports a batch of knowledge entries: the national library (`insurerId` null: platform
 * admins only) or an insurer's own supplements (its monitoring staff). An entry is keyed by
 * (kind, catalogue code) within its library; an unchanged line changes nothing, a changed one
 * becomes the entry's next version (every version is kept). The whole batch is validated
 * first; any refused line refuses the batch. It commits in one transaction with one
 * `knowledge.imported` event, or not at all.
 */
export async function importKnowledge(ctx: CommandContext, insurerId: string | null, items: KnowledgeFileItem[]): Promise<KnowledgeImportReport> {
  requireCapability(ctx.actor, 'manageMonitoring');
  if (insurerId === null) {
    if (ctx.actor.role !== 'PLATFORM_ADMIN') throw forbidden('importNationalKnowledge');
  } else requireInsurer(ctx.actor, insurerId, 'Insurer', insurerId);

  const report: KnowledgeImportReport = { importId: null, read: items.length, created: 0, updated: 0, unchanged: 0, errors: [], errorsTruncated: false };
  const refuse = (line: number, field: string | null, message: string) => {
    if (report.errors.length < MAX_ERRORS) report.errors.push({ line, field, message, messageZh: importMessageZh(message) });
    else report.errorsTruncated = true;
  };
  if (items.length > MAX_KNOWLEDGE_LINES) {
    refuse(items[MAX_KNOWLEDGE_LINES]!.line, null, `a batch holds at most ${MAX_KNOWLEDGE_LINES} entries`);
    return report;
  }
  const parsed: KnowledgeEntryInput[] = [];
  const firstLine = new Map<string, number>();
  for (const item of items) {
    if (item.parseError !== undefined) {
      refuse(item.line, null, item.parseError);
      continue;
    }
    const r = knowledgeEntryInput.safeParse(item.value);
    if (!r.success) {
      for (const i of r.error.issues) refuse(item.line, i.path.map(String).join('.') || (i.code === 'unrecognized_keys' ? i.keys.join(',') : null), i.message);
      continue;
    }
    const key = `${r.data.kind}|${r.data.catalogueCode}`;
    const seen = firstLine.get(key);
    if (seen !== undefined) refuse(item.line, 'catalogueCode', `duplicates the entry of line ${seen}`);
    else firstLine.set(key, item.line);
    parsed.push(r.data);
  }
  if (report.errors.length > 0 || report.errorsTruncated) return report;
  if (parsed.length === 0) {
    refuse(1, null, 'the batch holds no entries');
    return report;
  }

  await inTransaction(ctx, async (tx) => {
    // A platform admin may name any insurer: one that does not exist is NOT_FOUND, not the
    // entries' foreign key failing the insert (it answered INTERNAL_SERVER_ERROR).
    if (insurerId !== null && !(await tx.insurer.findUnique({ where: { id: insurerId }, select: { id: true } }))) throw notFound('Insurer', insurerId);
    const existing = await tx.knowledgeEntry.findMany({ where: { insurerId } });
    const byKey = new Map(existing.map((e) => [`${e.kind}|${e.catalogueCode}`, e]));
    const fresh: (ReturnType<typeof entryData> & { kind: KnowledgeEntryInput['kind']; catalogueCode: string })[] = [];
    const changed: { id: string; version: number; data: ReturnType<typeof entryData> }[] = [];
    for (const e of parsed) {
      const data = entryData(e);
      const old = byKey.get(`${e.kind}|${e.catalogueCode}`);
      if (!old) fresh.push({ ...data, kind: e.kind, catalogueCode: e.catalogueCode });
      else if (JSON.stringify(snapshot(old)) !== JSON.stringify(snapshot(data))) changed.push({ id: old.id, version: old.version + 1, data });
      else report.unchanged += 1;
    }
    if (fresh.length === 0 && changed.length === 0) return;
    const importId = randomUUID();
    const versions: { entryId: string; insurerId: string | null; version: number; data: object; importId: string }[] = [];
    if (fresh.length > 0) {
      const created = await tx.knowledgeEntry.createManyAndReturn({ data: fresh.map((f) => ({ ...f, insurerId })), select: { id: true, kind: true, catalogueCode: true } });
      const dataOf = new Map(fresh.map((f) => [`${f.kind}|${f.catalogueCode}`, f]));
      for (const c of created) versions.push({ entryId: c.id, insurerId, version: 1, data: version(dataOf.get(`${c.kind}|${c.catalogueCode}`)!), importId });
    }
    for (const c of changed) {
      await tx.knowledgeEntry.update({ where: { id: c.id }, data: { ...c.data, version: c.version } });
      versions.push({ entryId: c.id, insurerId, version: c.version, data: version(c.data), importId });
    }
    await tx.knowledgeEntryVersion.createMany({ data: versions });
    report.created = fresh.length;
    report.updated = changed.length;
    report.importId = importId;
    await appendAuditEvent(tx, {
      type: EVENT.knowledgeImported,
      entityType: ENTITY.knowledgeImport,
      entityId: importId,
      actor: ctx.actor,
      requestId: ctx.requestId,
      insurerId,
      data: { library: insurerId === null ? 'NATIONAL' : 'INSURER', read: report.read, created: report.created, updated: report.updated, unchanged: report.unchanged },
    });
  });
  return report;
}

function version(data: Record<string, unknown>): object {
  return snapshot(data);
}
