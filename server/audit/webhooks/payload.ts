import type { AuditEvent } from '../../db/generated/prisma/client.js';

/**
 * The JSON a webhook receives: a CloudEvents 1.0 structured event plus the hub's extension
 * attributes (`seq` for de-duplication and ordering, the chain hashes for verification).
 */
export function webhookPayload(event: AuditEvent) {
  return {
    specversion: '1.0',
    id: event.id,
    source: event.source,
    type: event.type,
    subject: event.subject,
    time: event.time.toISOString(),
    datacontenttype: 'application/json',
    data: event.data,
    seq: event.seq.toString(),
    entitytype: event.entityType,
    entityid: event.entityId,
    actortype: event.actorType,
    actorid: event.actorId,
    requestid: event.requestId,
    prevhash: event.prevHash,
    hash: event.hash,
  };
}
