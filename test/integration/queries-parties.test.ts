import { describe, expect, it } from 'vitest';
import type { TestHub } from '../support/hub.js';
import { useQueryWorld } from '../support/query-world.js';
import { gid, type QueryWorld } from '../factories/world.js';
import { platformAdmin } from '../factories/viewers.js';
import { graphql } from '../gql/index.js';
import type {
  AssessmentFilter,
  AuditRuleFilter,
  CreditEvaluationFilter,
  InsuredPersonFilter,
  InsurerFilter,
  PartnerFilter,
  PhysicianFilter,
  ProviderFilter,
  RuleHitFilter,
  TipOffFilter,
  ViolationTypeFilter,
} from '../gql/graphql.js';

// The lists of parties and supervision records under each of their filters; a physician's practice
// sites and a rule's detail: queries-party-detail.test.ts.

/** One document counting every list under its filter, so each filter case is one round trip. */
const Counts = graphql(`
  query QPartyCounts(
    $insurer: InsurerFilter
    $provider: ProviderFilter
    $physician: PhysicianFilter
    $partner: PartnerFilter
    $person: InsuredPersonFilter
    $violationType: ViolationTypeFilter
    $assessment: AssessmentFilter
    $credit: CreditEvaluationFilter
    $rule: AuditRuleFilter
    $hit: RuleHitFilter
    $tip: TipOffFilter
  ) {
    insurers(filter: $insurer) {
      totalCount
    }
    providers(filter: $provider) {
      totalCount
    }
    physicians(filter: $physician) {
      totalCount
    }
    partners(filter: $partner) {
      totalCount
    }
    insuredPersons(filter: $person) {
      totalCount
    }
    violationTypes(filter: $violationType) {
      totalCount
    }
    assessments(filter: $assessment) {
      totalCount
    }
    creditEvaluations(filter: $credit) {
      totalCount
    }
    auditRules(filter: $rule) {
      totalCount
    }
    ruleHits(filter: $hit) {
      totalCount
    }
    tipOffs(filter: $tip) {
      totalCount
    }
  }
`);

type Vars = {
  insurer?: InsurerFilter;
  provider?: ProviderFilter;
  physician?: PhysicianFilter;
  partner?: PartnerFilter;
  person?: InsuredPersonFilter;
  violationType?: ViolationTypeFilter;
  assessment?: AssessmentFilter;
  credit?: CreditEvaluationFilter;
  rule?: AuditRuleFilter;
  hit?: RuleHitFilter;
  tip?: TipOffFilter;
};
const FIELD: Record<keyof Vars, string> = {
  insurer: 'insurers',
  provider: 'providers',
  physician: 'physicians',
  partner: 'partners',
  person: 'insuredPersons',
  violationType: 'violationTypes',
  assessment: 'assessments',
  credit: 'creditEvaluations',
  rule: 'auditRules',
  hit: 'ruleHits',
  tip: 'tipOffs',
};

let hub: TestHub;
let w: QueryWorld;
const admin = platformAdmin();
useQueryWorld((opened) => ({ hub, w } = opened));

describe('party and supervision lists', () => {
  it('apply every filter', async () => {
    const cases: [keyof Vars, Vars[keyof Vars], number][] = [
      ['insurer', { level: ['PROVINCE'] }, 1],
      ['insurer', { regionCode: '340500' }, 1],
      ['insurer', { search: '南京' }, 1],
      ['provider', { status: ['SUSPENDED'] }, 1],
      ['provider', { kind: ['HOSPITAL', 'CLINIC'] }, 2],
      ['provider', { hospitalGrade: ['GRADE_3'] }, 1],
      ['provider', { ownership: 'PRIVATE' }, 1],
      ['provider', { insurerId: gid('Insurer', w.insA.id) }, 2],
      ['provider', { regionCode: '320106' }, 1],
      ['provider', { reapplicationBanned: true }, 1],
      ['provider', { reapplicationBanned: false }, 2],
      ['provider', { search: 'people' }, 1],
      ['physician', { status: ['ACTIVE'] }, 2],
      ['physician', { profession: ['PHARMACIST'] }, 0],
      ['physician', { providerId: gid('Provider', w.pA2.id) }, 1],
      ['physician', { primaryProviderId: gid('Provider', w.pB1.id) }, 1],
      ['physician', { search: 'wang' }, 1],
      ['partner', { kind: ['IT_VENDOR'] }, 1],
      ['partner', { status: ['ACTIVE'] }, 2],
      ['partner', { search: '人保' }, 1],
      ['person', { insurerId: gid('Insurer', w.insB.id) }, 1],
      ['person', { idNumber: '340502199001011234' }, 1],
      ['person', { settlementSuspended: true }, 0],
      ['violationType', { category: ['BILLING'] }, 1],
      ['violationType', { appliesTo: 'PHYSICIAN' }, 1],
      ['violationType', { search: 'substitution' }, 1],
      ['assessment', { result: ['PASS'] }, 2],
      ['assessment', { status: ['PUBLISHED'] }, 1],
      ['assessment', { yearFrom: 2025, yearTo: 2025 }, 3],
      ['assessment', { agreementId: gid('Agreement', w.aA1.id) }, 2],
      ['assessment', { insurerId: gid('Insurer', w.insB.id) }, 1],
      ['assessment', { providerId: gid('Provider', w.pA1.id) }, 2],
      ['assessment', { partnerId: gid('Partner', w.partnerP.id) }, 1],
      ['credit', { subjectType: ['PHYSICIAN'] }, 1],
      ['credit', { grade: ['D'] }, 1],
      ['credit', { blacklisted: true }, 1],
      ['credit', { yearFrom: 2024, yearTo: 2024 }, 1],
      ['credit', { insurerId: gid('Insurer', w.insA.id) }, 4],
      ['credit', { providerId: gid('Provider', w.pA1.id) }, 1],
      ['credit', { physicianId: gid('Physician', w.docA.id) }, 1],
      ['credit', { partnerId: gid('Partner', w.partnerP.id) }, 1],
      ['rule', { kind: 'VIOLATION' }, 1],
      ['rule', { stage: 'DURING' }, 1],
      ['rule', { active: false }, 1],
      ['rule', { insurerId: gid('Insurer', w.insB.id) }, 1],
      ['rule', { violationTypeId: gid('ViolationType', w.vt1.id) }, 1],
      ['rule', { search: '重复收费' }, 1],
      ['hit', { status: ['CONFIRMED'] }, 1],
      ['hit', { stage: ['DURING'] }, 1],
      ['hit', { ruleId: gid('AuditRule', w.rA1.id) }, 2],
      ['hit', { providerId: gid('Provider', w.pB1.id) }, 1],
      ['hit', { agreementId: gid('Agreement', w.aA1.id) }, 1],
      ['hit', { occurredFrom: '2025-08-01T00:00:00Z', occurredTo: '2025-12-31T00:00:00Z' }, 1],
      ['hit', { amountMin: 50_000, amountMax: 100_000 }, 1],
      ['hit', { search: 'clm-mas' }, 1],
      ['tip', { status: ['VERIFIED'] }, 1],
      ['tip', { channel: ['ONLINE'] }, 1],
      ['tip', { insurerId: gid('Insurer', w.insB.id) }, 1],
      ['tip', { providerId: gid('Provider', w.pA1.id) }, 1],
      ['tip', { receivedFrom: '2000-01-01T00:00:00Z', receivedTo: '2100-12-31T00:00:00Z' }, 3],
      ['tip', { verifiedAmountMin: 5_000_000, verifiedAmountMax: 8_000_000 }, 1],
      ['tip', { search: '药房' }, 1],
    ];
    for (const [key, filter, expected] of cases) {
      const result = await hub.exec(Counts, { [key]: filter } as Vars, admin);
      expect(result.errors, `${key} ${JSON.stringify(filter)}`).toBeUndefined();
      const data = result.data as unknown as Record<string, { totalCount: number }>;
      expect(data[FIELD[key]]!.totalCount, `${key} ${JSON.stringify(filter)}`).toBe(expected);
    }
  });
});
