import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getNamedType, isNonNullType, isObjectType, type GraphQLObjectType } from 'graphql';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { buildSchema } from '../../schema/index.js';
import { getDatamodel } from '../../schema/generated/pothos-types.js';
import { createTestHub, type TestHub } from '../support/hub.js';
import { createTenantWorld, tenantViewers, type TenantWorld } from '../factories/tenant-world.js';
import { providerStaff } from '../factories/viewers.js';
import * as f from '../factories/records.js';
import { walker } from './schema-walk.js';

/**
 * A non-null relation (`Physician.primaryProvider: Provider!`) from a row the viewer sees to a
 * row its policy hides cannot answer null: GraphQL fails the field with INTERNAL_SERVER_ERROR
 * and nulls the whole list the row is in. So for every non-null relation of the built schema,
 * the target's policy must let the viewer see the target of every source row it sees (or the
 * field must be nullable). Checked for every tenant viewer, over the tenant world plus the
 * rows that broke it: a physician practising at A1 whose primary site is B1; a provider's
 * application to, and a finding naming a person insured by, an insurer it has no agreement
 * with; a campaign whose template version has since retired; a rule hit at a provider registered
 * with the rule's insurer but holding no agreement with it.
 */
let hub: TestHub;
let w: TenantWorld;
const schema = buildSchema();
const walk = walker(schema, () => hub.prisma);
const models = getDatamodel().datamodel.models as Record<
  string,
  { fields: readonly { name: string; kind: string; isList: boolean }[] }
>;
let insC: { id: string };
let registeredOnly: { id: string };

beforeAll(async () => {
  hub = await createTestHub();
  w = await createTenantWorld(hub.prisma);
  const db = hub.prisma;
  insC = await f.createInsurer(db, { nameZh: '第三医保局', nameEn: 'Third insurer' });
  const doc = await f.createPhysician(db, { primaryProviderId: w.pB1.id });
  await f.createPracticeSite(db, { physicianId: doc.id, providerId: w.pA1.id });
  await db.designationApplication.create({
    data: {
      number: f.uniq('SQ-'),
      insurerId: insC.id,
      providerId: w.pA1.id,
      applicantNameZh: '申请机构',
      applicantNameEn: 'Applicant',
      kind: 'HOSPITAL',
      ownership: 'PUBLIC',
      licenceScope: ['内科'],
      regionCode: '340503',
      submittedAt: new Date('2025-05-10T02:00:00Z'),
      evaluationDueOn: f.day('2025-06-10'),
      decisionDueOn: f.day('2025-07-10'),
      submittedByType: 'USER',
      submittedById: 'test',
    },
  });
  const person = await f.createInsuredPerson(db, { insurerId: insC.id });
  await f.createFinding(db, { agreementId: w.aA1.id, insuredPersonId: person.id, foundOn: f.day('2025-05-01') });
  registeredOnly = await f.createProvider(db, { insurerId: w.insB.id });
  await f.createRuleHit(db, { ruleId: w.rB1.id, providerId: registeredOnly.id });
  await db.agreementTemplate.updateMany({ where: { insurerId: w.insA.id, status: 'PUBLISHED' }, data: { status: 'RETIRED' } });
});
afterAll(() => hub?.close());

/** Non-null fields of a policy-bound type that are a to-one Prisma relation to a policy-bound type. */
function nonNullRelations(): { owner: string; field: string; target: string }[] {
  const out: { owner: string; field: string; target: string }[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || !walk.policyOf(type.name)) continue;
    const model = models[walk.modelOf(type.name)];
    for (const field of Object.values((type as GraphQLObjectType).getFields())) {
      const target = getNamedType(field.type);
      const relation = model?.fields.find((m) => m.name === field.name && m.kind === 'object' && !m.isList);
      if (isNonNullType(field.type) && relation && isObjectType(target) && walk.policyOf(target.name))
        out.push({ owner: type.name, field: field.name, target: target.name });
    }
  }
  return out;
}

describe('non-null relations', () => {
  it('are found in the schema', () => {
    expect(nonNullRelations().length).toBeGreaterThan(20);
  });

  it('point, for every tenant viewer, only at rows that viewer’s policy lets it see', async () => {
    const holes: string[] = [];
    const viewers = { ...tenantViewers(w), 'provider registered with B only': providerStaff(registeredOnly.id) };
    for (const [who, viewer] of Object.entries(viewers)) {
      for (const { owner, field, target } of nonNullRelations()) {
        const hidden = await walk.delegateOf(owner).count({
          where: {
            AND: [walk.policyOf(owner)!.where(viewer), { [field]: { isNot: walk.policyOf(target)!.where(viewer) } }],
          },
        });
        if (hidden > 0) holes.push(`${who}: ${hidden} ${owner}.${field} → hidden ${target}`);
      }
    }
    expect(holes).toEqual([]);
  });

  it('answer the lists that hold such rows without an error, on the row-secured database', async () => {
    const staff = providerStaff(w.pA1.id);
    const lists = [
      `{ l: physicians(first: 50) { edges { node { id primaryProvider { id } } } } }`,
      `{ l: designationApplications(first: 50) { edges { node { id insurer { nameZh } } } } }`,
      `{ l: insuredPersons(first: 50) { edges { node { id insurer { nameZh } } } } }`,
      `{ l: resigningCampaigns(first: 50) { edges { node { id template { id } } } } }`,
    ];
    for (const query of lists) {
      const result = await hub.exec(query, {}, staff);
      expect(result.errors, query).toBeUndefined();
    }
    const hits = await hub.exec(`{ ruleHits(first: 50) { edges { node { id rule { id } } } } }`, {}, providerStaff(registeredOnly.id));
    expect(hits.errors).toBeUndefined();
    expect(JSON.stringify(hits.data)).toContain(encodeGlobalID('AuditRule', w.rB1.id));
    const applied = await hub.exec(`{ designationApplications(first: 50) { edges { node { insurer { id } } } } }`, {}, staff);
    expect(JSON.stringify(applied.data)).toContain(encodeGlobalID('Insurer', insC.id));
  });

  it('still hide the insurer a provider merely shares a world with (the denied twin)', async () => {
    const other = await f.createInsurer(hub.prisma, { nameZh: '无关医保局' });
    const result = await hub.exec(`query ($id: ID!) { node(id: $id) { id } }`, { id: encodeGlobalID('Insurer', other.id) }, providerStaff(w.pA1.id));
    expect(result.data).toEqual({ node: null });
  });
});
