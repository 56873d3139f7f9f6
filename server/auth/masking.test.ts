import { describe, expect, it } from 'vitest';
import { identityAccess, maskIdNumber, maskName, showIdNumber, showName } from './masking.js';
import type { Viewer } from './viewer.js';
import type { Role } from '../db/generated/prisma/enums.js';

const viewer = (
  role: Role | null,
  tenant: Partial<Pick<Viewer, 'insurerId' | 'partnerId' | 'providerId'>> = {},
): Viewer => ({
  actorType: 'USER',
  actorId: 'u',
  name: 'u',
  role,
  insurerId: tenant.insurerId ?? null,
  partnerId: tenant.partnerId ?? null,
  providerId: tenant.providerId ?? null,
  credentialId: null,
});

const ID = '320104199001011234';

describe('maskIdNumber', () => {
  it('keeps the region prefix and the last four of an 18-digit number', () => {
    expect(maskIdNumber(ID)).toBe('3201**********1234');
    expect(maskIdNumber(ID)).toHaveLength(ID.length);
  });
  it('masks short values down to their first and last character', () => {
    expect(maskIdNumber('AB12345')).toBe('A*****5');
    expect(maskIdNumber('AB')).toBe('**');
    expect(maskIdNumber('')).toBe('');
  });
});

describe('maskName', () => {
  it('keeps the family name, and the last character from three on', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('张三丰')).toBe('张*丰');
    expect(maskName('欧阳娜娜')).toBe('欧**娜');
    expect(maskName('李')).toBe('李');
  });
});

describe('identityAccess', () => {
  const person = { insurerIds: ['ins-a'], providerIds: ['prov-a'] };
  it.each([
    ['PLATFORM_ADMIN', {}, 'full'],
    ['INSURER_ADMIN', { insurerId: 'ins-a' }, 'full'],
    ['INSURER_AUDITOR', { insurerId: 'ins-a' }, 'full'],
    ['INSURER_ADMIN', { insurerId: 'ins-b' }, 'masked'],
    ['INSURER_AUDITOR', { insurerId: 'ins-b' }, 'masked'],
    ['INSURER_VIEWER', { insurerId: 'ins-a' }, 'masked'],
    ['PARTNER', { partnerId: 'par-a' }, 'masked'],
    ['INTEGRATOR', { insurerId: 'ins-a' }, 'masked'],
    ['PROVIDER_STAFF', { providerId: 'prov-a' }, 'full'],
    ['PROVIDER_STAFF', { providerId: 'prov-b' }, 'masked'],
    [null, {}, 'masked'],
  ] as const)('%s %o → %s', (role, tenant, expected) => {
    expect(identityAccess(viewer(role, tenant), person)).toBe(expected);
  });

  it('masks an insured person for provider staff (no providerIds given)', () => {
    expect(
      identityAccess(viewer('PROVIDER_STAFF', { providerId: 'prov-a' }), { insurerIds: ['ins-a'] }),
    ).toBe('masked');
  });
});

describe('showIdNumber / showName', () => {
  it('shows in full or masked according to access', () => {
    const subject = { insurerIds: ['ins-a'] };
    expect(showIdNumber(viewer('INSURER_ADMIN', { insurerId: 'ins-a' }), subject, ID)).toBe(ID);
    expect(showIdNumber(viewer('INSURER_VIEWER', { insurerId: 'ins-a' }), subject, ID)).toBe(
      '3201**********1234',
    );
    expect(showName(viewer('INSURER_AUDITOR', { insurerId: 'ins-a' }), subject, '张三丰')).toBe('张三丰');
    expect(showName(viewer('PARTNER', { partnerId: 'p' }), subject, '张三丰')).toBe('张*丰');
  });
});
