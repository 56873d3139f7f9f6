import type { ApiClient } from '../../db/generated/prisma/client.js';
import type { Viewer } from '../../auth/viewer.js';

/** The API client an endpoint belongs to, as a viewer: webhooks see what its keys would see. */
export function endpointViewer(client: Pick<ApiClient, 'id' | 'name' | 'role' | 'insurerId' | 'partnerId'>): Viewer {
  return {
    actorType: 'API_CLIENT',
    actorId: client.id,
    name: client.name,
    role: client.role,
    insurerId: client.insurerId,
    partnerId: client.partnerId,
    providerId: null,
    credentialId: null,
  };
}
