import { describe, expect, it } from 'vitest';
import { expectNoChange, gid, ok, rawOf } from './mutation-helpers.js';
import { PROPOSE, setup, usePenaltyWorld, w } from './penalty-fixture.js';

/**
 * Escalation for repeat breaches (docs/domain/measures.md "Escalation"; S2 orders the measures
 * 限期整改、暂停结算、暂停协议、解除协议). A clause's ladder is the measure each repeat breach
 * earns, proposed as soon as a hit is confirmed. Before, any list of measures was accepted: a
 * 违约金 step without its multiple, a two-year agreement suspension or a physician's suspension
 * were stored and published, and every later confirmation of a hit on that clause failed on a
 * field the confirming clerk never saw; a ladder that got milder on repeat was taken as well.
 * Now the template is refused on write and on publication, each step named in zh and en.
 * The proposal's own per-measure messages now have their Chinese too.
 */
usePenaltyWorld();

const DRAFT = `mutation ($input: DraftAgreementTemplateInput!) { draftAgreementTemplate(input: $input) { auditSeq template { id status version } } }`;
const UPDATE = `mutation ($input: UpdateAgreementTemplateInput!) { updateAgreementTemplate(input: $input) { auditSeq template { version } } }`;
const PUBLISH = `mutation ($input: PublishAgreementTemplateInput!) { publishAgreementTemplate(input: $input) { auditSeq template { status } } }`;

const clause = (steps: object[]) => ({
  clauseNo: '12',
  titleZh: '合理用药',
  titleEn: 'Rational prescribing',
  bodyZh: '不得无指征用药。',
  bodyEn: 'No medication without indication.',
  ladder: { windowMonths: 12, steps },
});
const draftInput = (code: string, steps: object[]) => ({
  insurerId: null,
  kind: 'MEDICAL_INSTITUTION_SERVICE',
  code,
  titleZh: '定点医疗机构服务协议（阶梯）',
  titleEn: 'Medical institution service agreement (ladder)',
  effectiveFrom: '2027-01-01',
  clauses: [clause(steps)],
});
const templates = () => w.hub.prisma.agreementTemplate.findMany({ orderBy: { id: 'asc' } });
const admin = () => w.admin;
type Field = { path: (string | number)[]; messageZh: string; messageEn: string };

describe('a penalty ladder escalates, each step a penalty the provider can be given', () => {
  it('refuses a 违约金 step without its multiple and a milder step after a suspension; nothing is written', async () => {
    const ext = await expectNoChange(
      w.hub,
      templates,
      () =>
        w.hub.exec(
          DRAFT,
          {
            input: draftInput('LADDER-BAD', [
              { measure: 'FORMAL_TALK' },
              { measure: 'LIQUIDATED_DAMAGES' },
              { measure: 'AGREEMENT_SUSPENSION', durationMonths: 3 },
              { measure: 'WARNING' },
            ]),
          },
          admin(),
        ),
      'BAD_USER_INPUT',
    );
    expect((ext.fields as Field[]).map((f) => [f.path.join('.'), f.messageZh])).toEqual([
      ['input.clauses.0.ladder.steps.1.multiple', '第 12 条第 2 级：违约金须填写倍数，如 2.00'],
      [
        'input.clauses.0.ladder.steps.3.measure',
        '第 12 条第 4 级：重复违约的处理不得轻于前一级：警告轻于第 3 级（暂停协议）',
      ],
    ]);
    expect((ext.fields as Field[])[1]!.messageEn).toBe(
      'clause 12, step 4: a repeat breach is not treated more mildly than the one before: warning is milder than step 3 (suspension of the agreement)',
    );
  });

  it('refuses the same on an edit of a draft, and takes the escalating ladder that S2 orders', async () => {
    const steps = [
      { measure: 'RECTIFICATION' },
      { measure: 'SETTLEMENT_SUSPENSION', durationMonths: 6 },
      { measure: 'AGREEMENT_SUSPENSION', durationMonths: 3 },
      { measure: 'AGREEMENT_TERMINATION' },
    ];
    const t = ok(
      await w.hub.exec<{ draftAgreementTemplate: { template: { id: string; version: number } } }>(
        DRAFT,
        { input: draftInput('LADDER-S2', steps) },
        admin(),
      ),
    ).draftAgreementTemplate.template;
    const ext = await expectNoChange(
      w.hub,
      templates,
      () =>
        w.hub.exec(
          UPDATE,
          {
            input: {
              id: t.id,
              expectedVersion: t.version,
              clauses: [
                clause([
                  ...steps.slice(0, 3),
                  { measure: 'PHYSICIAN_BILLING_SUSPENSION', durationMonths: 12 },
                ]),
              ],
            },
          },
          admin(),
        ),
      'BAD_USER_INPUT',
    );
    expect((ext.fields as Field[]).map((f) => f.path.join('.'))).toEqual([
      'input.clauses.0.ladder.steps.3.measure',
    ]);
    expect(
      ok(
        await w.hub.exec<{ publishAgreementTemplate: { template: { status: string } } }>(
          PUBLISH,
          { input: { id: t.id, expectedVersion: t.version } },
          admin(),
        ),
      ).publishAgreementTemplate.template.status,
    ).toBe('PUBLISHED');
  });

  it('will not publish a draft stored before ladders were checked', async () => {
    const t = ok(
      await w.hub.exec<{ draftAgreementTemplate: { template: { id: string; version: number } } }>(
        DRAFT,
        { input: draftInput('LADDER-OLD', [{ measure: 'FORMAL_TALK' }]) },
        admin(),
      ),
    ).draftAgreementTemplate.template;
    // As an earlier hub could have stored it: the step's multiple missing.
    await w.hub.prisma.agreementTemplate.update({
      where: { id: rawOf(t.id) },
      data: { clauses: [clause([{ measure: 'FORMAL_TALK' }, { measure: 'DEDUCTION' }])] },
    });
    const ext = await expectNoChange(
      w.hub,
      templates,
      () => w.hub.exec(PUBLISH, { input: { id: t.id, expectedVersion: t.version } }, admin()),
      'BAD_USER_INPUT',
    );
    expect((ext.fields as Field[])[0]!.messageZh).toBe('第 12 条第 2 级：核减须填写倍数，如 2.00');
  });

  it('a proposal names a missing multiple or a wrong duration in Chinese too', async () => {
    const { finding } = await setup();
    const propose = (extra: Record<string, unknown>) =>
      w.hub.exec(
        PROPOSE,
        {
          input: {
            findingId: gid('Finding', finding.id),
            legalBasis: '协议第三十条',
            clauseRef: '第三十条',
            ...extra,
          },
        },
        w.auditor,
      );
    const penalties = () => w.hub.prisma.penalty.count();
    const damages = await expectNoChange(
      w.hub,
      penalties,
      () => propose({ measure: 'LIQUIDATED_DAMAGES' }),
      'BAD_USER_INPUT',
    );
    expect(damages.fields).toMatchObject([
      { path: ['input', 'multiple'], messageZh: '违约金须填写倍数，如 2.00' },
    ]);
    expect(damages.messageZh).toBe('输入有误：违约金须填写倍数，如 2.00');
    const suspension = await expectNoChange(
      w.hub,
      penalties,
      () => propose({ measure: 'AGREEMENT_SUSPENSION', durationMonths: 13 }),
      'BAD_USER_INPUT',
    );
    expect(suspension.fields).toMatchObject([
      { path: ['input', 'durationMonths'], messageZh: '暂停协议的期限为 1–12 个月' },
    ]);
  });
});
