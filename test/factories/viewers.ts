import type { Role } from '../../server/db/generated/prisma/enums.js';
import type { Viewer } from '../../server/auth/viewer.js';
import { anonymousViewer } from '../../server/auth/viewer.js';

/** Viewers for in-process tests; tenant ids come from records the test created. */
export function viewerOf(
  role: Role,
  tenant: { insurerId?: string; partnerId?: string; providerId?: string } = {},
): Viewer {
  return {
    actorType: role === 'PARTNER' || role === 'INTEGRATOR' ? 'API_CLIENT' : 'USER',
    actorId: `test-${role.toLowerCase()}-${tenant.insurerId ?? tenant.partnerId ?? tenant.providerId ?? 'global'}`,
    name: `test ${role}`,
    role,
    insurerId: tenant.insurerId ?? null,
    partnerId: tenant.partnerId ?? null,
    providerId: tenant.providerId ?? null,
    credentialId: null,
  };
}

export const platformAdmin = (): Viewer => viewerOf('PLATFORM_ADMIN');
export const insurerAdmin = (insurerId: string): Viewer => viewerOf('INSURER_ADMIN', { insurerId });
export const insurerAuditor = (insurerId: string): Viewer => viewerOf('INSURER_AUDITOR', { insurerId });
export const insurerViewer = (insurerId: string): Viewer => viewerOf('INSURER_VIEWER', { insurerId });
export const partnerViewer = (partnerId: string): Viewer => viewerOf('PARTNER', { partnerId });
export const providerStaff = (providerId: string): Viewer => viewerOf('PROVIDER_STAFF', { providerId });
export const integrator = (tenant: { insurerId?: string; partnerId?: string }): Viewer =>
  viewerOf('INTEGRATOR', tenant);
export const anonymous = (): Viewer => anonymousViewer;
