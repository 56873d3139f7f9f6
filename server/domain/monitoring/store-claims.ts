import type { Tx } from '../../db/database.js';
import type { ClaimRecord } from './claim-record.js';

/**
 * Writes a batch of claims with their lines in one statement: the arrays are unnested
 * server-side and three chained inserts (settlement key, claim, lines) run in one round trip,
 * on PostgreSQL and the embedded database alike. The settlement key (insurer, provider,
 * settlement id) decides: a settlement id the provider already has at the insurer, or one
 * repeated inside the batch, inserts
 * no key, so neither its claim nor its lines are written (importing a file twice changes
 * nothing; within a batch the first occurrence wins). Lines carry only their claim's id; the
 * claim's partition key and tenant columns are joined from the claims just written. Returns
 * the claims actually written.
 */
export async function storeClaims(tx: Tx, records: ClaimRecord[]): Promise<ClaimRecord[]> {
  if (records.length === 0) return [];
  for (const month of new Set(records.map((r) => r.settlementMonth))) await ensurePartition(tx, month);
  const lines = records.flatMap((r) => r.lines.map((l) => ({ r, l })));
  const written = await tx.$queryRawUnsafe<{ id: string }[]>(
    `with u as (
       select * from unnest($1::uuid[], $2::date[], $3::text[], $4::uuid[], $5::uuid[], $6::uuid[], $7::uuid[], $8::uuid[],
         $9::text[], $10::text[], $11::date[], $12::date[], $13::timestamptz[], $14::text[], $15::text[], $16::bigint[],
         $17::bigint[], $18::bigint[], $19::bigint[], $32::boolean[])
         with ordinality as u(id, month, sid, insurer, provider, agreement, physician, person, itype, vtype, admitted,
           discharged, settled, diagnoses, category, total, fund, account, self, interim, n)
     ), k as (
       insert into "ClaimKey" ("insurerId", "providerId", "settlementId", "claimId", "settlementMonth")
       select u.insurer, u.provider, u.sid, u.id, u.month from u order by u.n
       on conflict do nothing returning "claimId"
     ), c as (
       insert into "Claim" ("id", "settlementMonth", "settlementId", "insurerId", "providerId", "agreementId", "physicianId",
         "insuredPersonId", "insuranceType", "visitType", "admittedOn", "dischargedOn", "settledAt", "diagnoses",
         "settlementCategory", "totalFen", "fundFen", "accountFen", "selfFen", "interimSettlement")
       select u.id, u.month, u.sid, u.insurer, u.provider, u.agreement, u.physician, u.person, u.itype::"InsuranceType",
         u.vtype::"VisitType", u.admitted, u.discharged, u.settled, string_to_array(u.diagnoses, ','),
         u.category::"SettlementCategory", u.total, u.fund, u.account, u.self, u.interim
       from u join k on k."claimId" = u.id
       returning "id", "settlementMonth", "settlementId", "insurerId", "providerId"
     ), l as (
       insert into "ClaimLine" ("id", "settlementMonth", "claimId", "settlementId", "insurerId", "providerId", "lineNo",
         "catalogueCode", "name", "category", "quantity", "unitPriceFen", "amountFen", "daysSupply", "prescriptionNo",
         "prescribedOn", "servedOn")
       select gen_random_uuid(), c."settlementMonth", c."id", c."settlementId", c."insurerId", c."providerId", v.no, v.code,
         v.name, v.category::"ClaimLineCategory", v.qty, v.price, v.amount, v.days, v.rx, v.rx_on, v.served
       from unnest($20::uuid[], $21::int[], $22::text[], $23::text[], $24::text[], $25::numeric[], $26::bigint[],
         $27::bigint[], $28::int[], $29::text[], $30::date[], $31::date[])
         as v(claim, no, code, name, category, qty, price, amount, days, rx, rx_on, served)
       join c on c."id" = v.claim
     )
     select "id" from c`,
    records.map((r) => r.id),
    records.map((r) => r.settlementMonth),
    records.map((r) => r.settlementId),
    records.map((r) => r.insurerId),
    records.map((r) => r.providerId),
    records.map((r) => r.agreementId),
    records.map((r) => r.physicianId),
    records.map((r) => r.insuredPersonId),
    records.map((r) => r.insuranceType),
    records.map((r) => r.visitType),
    records.map((r) => r.admittedOn),
    records.map((r) => r.dischargedOn),
    records.map((r) => r.settledAt.toISOString()),
    records.map((r) => r.diagnoses.join(',')),
    records.map((r) => r.settlementCategory),
    records.map((r) => r.totalFen.toString()),
    records.map((r) => r.fundFen.toString()),
    records.map((r) => r.accountFen.toString()),
    records.map((r) => r.selfFen.toString()),
    lines.map(({ r }) => r.id),
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
    records.map((r) => r.interimSettlement),
  );
  const fresh = new Set(written.map((w) => w.id));
  return records.filter((r) => fresh.has(r.id));
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
