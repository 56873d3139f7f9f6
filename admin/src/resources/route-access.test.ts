import { describe, expect, it } from 'vitest';
import type { ResourceProps } from 'react-admin';
import { visibleViews } from './route-access.js';

const views = [
  'agreements',
  'tipOffs',
  'settlementSuspensions',
  'billingSuspensions',
  'sanctionEnds',
  'creditEvaluations',
  'referrals',
].map((name) => ({ name }) as ResourceProps);
const names = (capabilities: string[]) => visibleViews(views, { capabilities }).map((v) => v.name);

describe('visibleViews', () => {
  it('shows tip-offs and the suspensions of persons to agency staff only', () => {
    expect(names(['read', 'readTipOffs'])).toEqual(views.map((v) => v.name));
    expect(names(['read', 'readAssignedTipOffs'])).toEqual(['agreements', 'creditEvaluations', 'referrals']);
    expect(names([])).toEqual(['agreements', 'creditEvaluations', 'referrals']);
  });
});
