import { builder } from '../builder.js';
import { CAN } from '../../server/auth/capabilities.js';
import { EVENT_TYPES } from '../../server/domain/audit-event-types.js';

/**
 * The catalogue of audit event types, for clients that filter the log or subscribe by type
 * (the console's type filter reads it here rather than importing server code).
 */
builder.queryField('auditEventTypes', (t) =>
  t.stringList({
    description: 'Every audit event type the hub appends (`<entity>.<pastTenseVerb>`), for `types:` filters.',
    authScopes: { roles: CAN.read },
    resolve: () => [...new Set(EVENT_TYPES)],
  }),
);
