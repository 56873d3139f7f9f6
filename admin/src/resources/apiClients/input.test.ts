import { describe, expect, it } from 'vitest';
import { apiClientInput } from './input.js';
import { userInput } from '../users/input.js';

describe('access forms → mutation input', () => {
  it('sends only the owner the API client role uses', () => {
    expect(
      apiClientInput({ name: ' PICC ', role: 'PARTNER', partnerId: 'p1', insurerId: 'i1', owner: 'insurer' }),
    ).toEqual({
      name: 'PICC',
      role: 'PARTNER',
      partnerId: 'p1',
      insurerId: null,
    });
    expect(
      apiClientInput({ name: 'x', role: 'INTEGRATOR', owner: 'insurer', partnerId: 'p1', insurerId: 'i1' }),
    ).toMatchObject({
      partnerId: null,
      insurerId: 'i1',
    });
    expect(
      apiClientInput({ name: 'x', role: 'INTEGRATOR', owner: 'partner', partnerId: 'p1', insurerId: 'i1' }),
    ).toMatchObject({
      partnerId: 'p1',
      insurerId: null,
    });
    // An insurer admin's form has no role or owner: the hub binds the integrator to its insurer.
    expect(apiClientInput({ name: 'x' })).toEqual({
      name: 'x',
      role: 'INTEGRATOR',
      partnerId: null,
      insurerId: null,
    });
  });

  it('sends only the tenant the user role is bound to', () => {
    const base = {
      username: ' li ',
      password: 'long-enough-password',
      displayName: '李',
      insurerId: 'i1',
      providerId: 'p1',
    };
    expect(userInput({ ...base, role: 'INSURER_AUDITOR' })).toMatchObject({
      username: 'li',
      insurerId: 'i1',
      providerId: null,
    });
    expect(userInput({ ...base, role: 'PROVIDER_STAFF' })).toMatchObject({
      insurerId: null,
      providerId: 'p1',
    });
    expect(userInput({ ...base, role: 'PLATFORM_ADMIN' })).toMatchObject({
      insurerId: null,
      providerId: null,
    });
  });
});
