import { describe, expect, it } from 'vitest';
import { providerSuspended } from './provider-suspended.js';

const sql = providerSuspended.sql({ param: () => 'null', paramList: () => 'null' });

describe('PROVIDER_SUSPENDED', () => {
  it('explains the suspension the claim broke: real-time settlement only, or the whole agreement', () => {
    expect(providerSuspended.explain({ scope: 'REAL_TIME_SETTLEMENT' })).toEqual({
      zh: '定点机构医保实时结算暂停期间结算',
      en: "settled while the provider's real-time settlement is suspended",
    });
    expect(providerSuspended.explain({ scope: 'AGREEMENT' })).toEqual({
      zh: '定点机构服务协议暂停期间结算',
      en: "settled while the provider's agreement is suspended",
    });
  });

  it("takes the scope from the suspension's transition before the agreement's current one", () => {
    expect(sql).toMatch(/coalesce\(t\.scope, case when a\.status = 'SUSPENDED' then a\."suspensionScope"::text end\)/);
  });

  it('judges an agreement without transitions by its current status only from the day its row last changed', () => {
    expect(sql).toContain(`else a.status = 'SUSPENDED' and c.visit_day >= (a."updatedAt" at time zone 'Asia/Shanghai')::date`);
  });

  it('blocks as a certain violation in all three moments', () => {
    expect(providerSuspended.moments).toEqual(['BEFORE', 'DURING', 'AFTER']);
    expect(providerSuspended.defaults).toMatchObject({ kind: 'VIOLATION', judgementLevel: 'CERTAIN', blocking: true });
  });
});
