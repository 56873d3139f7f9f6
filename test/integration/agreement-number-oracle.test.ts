import { describe, expect, it } from 'vitest';
import { insurerAdmin } from '../factories/viewers.js';
import { createAgreement } from '../factories/records.js';
import { DRAFT, serviceDraft, useAgreementWorld, w } from './agreement-fixture.js';

/**
 * An agreement's number was unique nationally and may be chosen by the drafting clerk: a draft
 * numbered like another insurer's agreement answered CONFLICT and one never used was written,
 * so staff of one insurer could list the (sequential: MAS-2017-MED-INST-0008…) agreements of
 * every other. Numbers are now unique within the insurer: another insurer's number is free, the
 * insurer's own is refused beside the field, in zh and en (finding-number-oracle.test.ts does
 * the same for findings).
 */
useAgreementWorld();

type Drafted = { draftAgreement: { agreement: { number: string } } | null };

describe('an agreement number chosen by the drafting clerk', () => {
  it('is free when only another insurer uses it, and refused beside the field when the insurer does', async () => {
    const theirs = await createAgreement(w.hub.prisma, { insurerId: w.insurerB.id, providerId: w.provider.id });
    const elsewhere = await w.hub.exec<Drafted>(DRAFT, { input: serviceDraft({ number: theirs.number }) }, w.adminA);
    expect(elsewhere.errors).toBeUndefined();
    expect(elsewhere.data!.draftAgreement!.agreement.number).toBe(theirs.number);

    const again = await w.hub.exec<Drafted>(DRAFT, { input: serviceDraft({ number: theirs.number }) }, insurerAdmin(w.insurerA.id));
    expect(again.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(again.errors![0]!.extensions!.fields).toEqual([
      expect.objectContaining({
        path: ['input', 'number'],
        message: 'another agreement of this insurer has this number',
        messageZh: '本医保部门已有协议使用该编号',
      }),
    ]);
    expect(await w.hub.prisma.agreement.count({ where: { number: theirs.number } })).toBe(2);
  });
});
