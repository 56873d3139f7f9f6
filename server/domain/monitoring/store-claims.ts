import type { Tx } from '../../db/database.js';
import type { ClaimRecord } from './claim-record.js';

/**
 * Writes claims and their lines in three set-based statements (arrays unnested server-side:
 * one round trip per table whatever the batch size, on PostgreSQL and the embedded database
 * alike). A settlement id the insurer already has is skipped: importing a file twice changes
 * nothing. Returns the claims actually written.
 */
export async function storeClaims(tx: Tx, records: ClaimRecord[]): Promise<ClaimRecord[]> {
  if (records.length === 0) return [];
  for (const month of new Set(records.map((r) => r.settlementMonth))) await ensurePartition(tx, month);
  const keys = await tx.$queryRawUnsafe<{ settlementId: string }[]>(
    `insert into "ClaimKey" ("insurerId", "settlementId", "claimId", "settlementMonth")
     select * from unnest($1::uuid[], $2::text[], $3::uuid[], $4::date[])
     on conflict do nothing returning "settlementId"`,
    records.map((r) => r.insurerId),
    records.map((r) => r.settlementId),
    records.map((r) => r.id),
    records.map((r) => r.settlementMonth),
  );
  const fresh = new Set(keys.map((k) => k.settlementId));
  // Within one batch a repeated settlement id is claimed once; keep its first occurrence.
  const seen = new Set<string>();
  const stored = records.filter((r) => fresh.has(r.settlementId) && !seen.has(r.settlementId) && seen.add(r.settlementId));
  if (stored.length === 0) return [];
  await tx.$executeRawUnsafe(
    `insert into "Claim" ("id", "settlementMonth", "settlementId", "insurerId", "providerId", "agreementId", "physicianId",
       "insuredPersonId", "insuranceType", "visitType", "admittedOn", "dischargedOn", "settledAt", "diagnoses",
       "settlementCategory", "totalFen", "fundFen", "accountFen", "selfFen")
     select u.id, u.month, u.sid, u.insurer, u.provider, u.agreement, u.physician, u.person, u.itype::"InsuranceType",
       u.vtype::"VisitType", u.admitted, u.discharged, u.settled, string_to_array(u.diagnoses, ','),
       u.category::"SettlementCategory", u.total, u.fund, u.account, u.self
     from unnest($1::uuid[], $2::date[], $3::text[], $4::uuid[], $5::uuid[], $6::uuid[], $7::uuid[], $8::uuid[], $9::text[],
       $10::text[], $11::date[], $12::date[], $13::timestamptz[], $14::text[], $15::text[], $16::bigint[], $17::bigint[],
       $18::bigint[], $19::bigint[])
       as u(id, month, sid, insurer, provider, agreement, physician, person, itype, vtype, admitted, discharged, settled,
            diagnoses, category, total, fund, account, self)`,
    stored.map((r) => r.id),
    stored.map((r) => r.settlementMonth),
    stored.map((r) => r.settlementId),
    stored.map((r) => r.insurerId),
    stored.map((r) => r.providerId),
    stored.map((r) => r.agreementId),
    stored.map((r) => r.physicianId),
    stored.map((r) => r.insuredPersonId),
    stored.map((r) => r.insuranceType),
    stored.map((r) => r.visitType),
    stored.map((r) => r.admittedOn),
    stored.map((r) => r.dischargedOn),
    stored.map((r) => r.settledAt.toISOString()),
    stored.map((r) => r.diagnoses.join(',')),
    stored.map((r) => r.settlementCategory),
    stored.map((r) => r.totalFen.toString()),
    stored.map((r) => r.fundFen.toString()),
    stored.map((r) => r.accountFen.toString()),
    stored.map((r) => r.selfFen.toString()),
  );
  const lines = stored.flatMap((r) => r.lines.map((l) => ({ r, l })));
  await tx.$executeRawUnsafe(
    `insert into "ClaimLine" ("id", "settlementMonth", "claimId", "settlementId", "insurerId", "providerId", "lineNo",
       "catalogueCode", "name", "category", "quantity", "unitPriceFen", "amountFen", "daysSupply", "prescriptionNo",
       "prescribedOn", "servedOn")
     select gen_random_uuid(), u.month, u.claim, u.sid, u.insurer, u.provider, u.no, u.code, u.name,
       u.category::"ClaimLineCategory", u.qty, u.price, u.amount, u.days, u.rx, u.rx_on, u.served
     from unnest($1::date[], $2::uuid[], $3::text[], $4::uuid[], $5::uuid[], $6::int[], $7::text[], $8::text[], $9::text[],
       $10::numeric[], $11::bigint[], $12::bigint[], $13::int[], $14::text[], $15::date[], $16::date[])
       as u(month, claim, sid, insurer, provider, no, code, name, category, qty, price, amount, days, rx, rx_on, served)`,
    lines.map(({ r }) => r.settlementMonth),
    lines.map(({ r }) => r.id),
    lines.map(({ r }) => r.settlementId),
    lines.map(({ r }) => r.insurerId),
    lines.map(({ r }) => r.providerId),
    lines.map(({ l }) => l.lineNo),
    lines.map(({ l }) => l.catalogueCode),
    lines.map(({ l }) => l.name),
    lines.map(({ l }) => l.category),
    lines.map(({ l }) => l.quantity),
    lines.map(({ l }) => l.unitPriceFen.toString()),
    lines.map(({ l }) => l.amountFen.toString()),
    lines.map(({ l }) => l.daysSupply),
    lines.map(({ l }) => l.prescriptionNo),
    lines.map(({ l }) => l.prescribedOn),
    lines.map(({ l }) => l.servedOn),
  );
  return stored;
}

const prepared = new Set<string>();

/** Months outside the migration's prepared range get their partitions on first use. */
async function ensurePartition(tx: Tx, month: string): Promise<void> {
  if (prepared.has(month)) return;
  const name = `Claim_${month.slice(0, 4)}${month.slice(5, 7)}`;
  const [row] = await tx.$queryRawUnsafe<{ exists: boolean }[]>(`select to_regclass($1) is not null as exists`, `"${name}"`);
  if (!row?.exists) {
    // Two imports creating the same partition at once would collide: serialise the DDL.
    await tx.$executeRawUnsafe(`select pg_advisory_xact_lock(hashtext('hub_claim_partition'))`);
    await tx.$executeRawUnsafe(`select hub_ensure_claim_partition($1::date)`, month);
  }
  prepared.add(month);
}
