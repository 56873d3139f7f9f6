import { describe, expect, it } from 'vitest';
import { quantityOverLimit } from './quantity-over-limit.js';

const sql = quantityOverLimit.sql({ param: (name) => `(p ->> '${name}')`, paramList: (name) => `(p -> '${name}')` });

describe('QUANTITY_OVER_LIMIT', () => {
  it('ships a 12-week long-prescription limit an insurer may tune within 1–366 days', () => {
    expect(quantityOverLimit.defaults.parameters).toEqual({ longPrescriptionDays: 84 });
    const days = quantityOverLimit.parameterSchema!.longPrescriptionDays!;
    expect(days.safeParse(84).success).toBe(true);
    expect(days.safeParse(0).success).toBe(false);
    expect(days.safeParse(367).success).toBe(false);
    expect(days.safeParse(12.5).success).toBe(false);
  });

  it('reads the long-prescription limit from its parameter and extends it to chronic-disease claims only', () => {
    expect(sql).toContain(`(p ->> 'longPrescriptionDays')::int`);
    expect(sql).toContain(`c.settlement_category = 'CHRONIC_DISEASE' or c.visit_type = 'CHRONIC_OUTPATIENT'`);
  });

  it('explains an ordinary prescription over its quantity as before', () => {
    expect(quantityOverLimit.explain({ lines: [1], code: 'K', quantity: 12, maxQuantity: 10, daysSupply: 30, maxDaysSupply: 30, longPrescription: false })).toEqual({
      zh: '第1行 K 数量 12 超过限量 10',
      en: 'line 1 K: quantity 12 over the limit of 10',
    });
  });

  it("names a long prescription's days when its quantity is over the limit those days allow", () => {
    expect(quantityOverLimit.explain({ lines: [1, 2], code: 'K', quantity: 29, maxQuantity: 28, daysSupply: 84, maxDaysSupply: 84, longPrescription: true })).toEqual({
      zh: '第1、2行 K 数量 29 超过慢性病长处方 84 天的限量 28',
      en: 'lines 1, 2 K: quantity 29 over the limit of 28 for a chronic-disease prescription of 84 days',
    });
  });

  it('names the long-prescription limit when a chronic-disease prescription runs past it, its quantity over too or not', () => {
    expect(quantityOverLimit.explain({ lines: [1], code: 'K', quantity: 28, maxQuantity: 28, daysSupply: 85, maxDaysSupply: 84, longPrescription: true })).toEqual({
      zh: '第1行 K 用药天数 85 天，超过长处方限定 84 天',
      en: "line 1 K: 85 days' supply over the long-prescription limit of 84",
    });
    expect(quantityOverLimit.explain({ lines: [1], code: 'K', quantity: 30, maxQuantity: 28, daysSupply: 85, maxDaysSupply: 84, longPrescription: true })).toEqual({
      zh: '第1行 K 用药天数 85 天，超过长处方限定 84 天',
      en: "line 1 K: 85 days' supply over the long-prescription limit of 84",
    });
  });
});
