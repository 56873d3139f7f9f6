import { describe, expect, it } from 'vitest';
import { apiProtection } from './limits.js';
import { persistedOperationsFrom, sha256 } from './persisted-operations.js';
import { loadConfig } from '../config.js';
import { createRateLimiter } from '../limits/rate-limiter.js';

const config = loadConfig({ NODE_ENV: 'test' });
const limiter = createRateLimiter(config);

const ALLOWED = 'subscription Follow { auditEvents(after: "0") { __typename } }';

describe('allow-list decision (shared by HTTP and WebSocket)', () => {
  it('lets only manifest documents run in allow-list mode', () => {
    const persisted = persistedOperationsFrom({ [sha256(ALLOWED)]: ALLOWED });
    const protection = apiProtection(config, { persisted, limiter });
    expect(protection.allows(ALLOWED)).toBe(true);
    expect(protection.allows('subscription { auditEvents { __typename } }')).toBe(false);
  });

  it('lets everything run when the mode is off', () => {
    const protection = apiProtection(config, { limiter });
    expect(protection.allows('{ anything }')).toBe(true);
  });
});
