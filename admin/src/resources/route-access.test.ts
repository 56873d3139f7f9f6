import { describe, expect, it } from 'vitest';
import type { ResourceProps } from 'react-admin';
import { allowedScreens, screenCapabilities, visibleViews } from './route-access.js';
import { resourceViews } from './index.js';

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

describe('create and edit screens', () => {
  it('are each gated by a capability, for the resources every role has', () => {
    const ungated = resourceViews.flatMap((v) =>
      (['create', 'edit'] as const)
        .filter((screen) => v[screen] && !screenCapabilities[v.name]?.[screen])
        .map((screen) => `${v.name}.${screen}`),
    );
    expect(ungated).toEqual([]);
  });

  it('are dropped for a read-only role (no create button in an empty list either)', () => {
    const viewer = { capabilities: ['read'] };
    const templates = resourceViews.find((v) => v.name === 'agreementTemplates')!;
    expect(allowedScreens(templates, viewer)).not.toHaveProperty('create');
    expect(allowedScreens(templates, viewer)).not.toHaveProperty('edit');
    expect(allowedScreens(templates, { capabilities: ['read', 'manageAgreements'] })).toHaveProperty('create');
  });
});
