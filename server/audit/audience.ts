/** The event audience is part of the tenant policy (server/policy/audience.ts). */
export * from '../policy/audience.js';
