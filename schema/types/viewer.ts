import { builder } from '../builder.js';
import { Role } from '../enums.js';
import { CAN, can, type Capability } from '../../server/auth/capabilities.js';
import type { Viewer as ViewerShape } from '../../server/auth/viewer.js';

/** Who the caller is, as the hub sees it; the admin UI hides actions from `capabilities`. */
export const ViewerRef = builder.objectRef<ViewerShape>('Viewer').implement({
  description: 'The authenticated caller.',
  // Reached only through `viewer`, which answers null to anonymous callers.
  authScopes: { public: true },
  fields: (t) => ({
    name: t.exposeString('name'),
    actorType: t.exposeString('actorType'),
    role: t.field({ type: Role, resolve: (v) => v.role! }),
    insurerId: t.id({ nullable: true, resolve: (v) => v.insurerId }),
    partnerId: t.id({ nullable: true, resolve: (v) => v.partnerId }),
    providerId: t.id({ nullable: true, resolve: (v) => v.providerId }),
    capabilities: t.stringList({
      description: 'Capabilities the caller holds (see server/auth/capabilities.ts).',
      resolve: (v) => (Object.keys(CAN) as Capability[]).filter((c) => can(v.role, c)),
    }),
  }),
});

builder.queryField('viewer', (t) =>
  t.field({
    type: ViewerRef,
    nullable: true,
    authScopes: { public: true },
    description: 'The caller, or null when not signed in.',
    resolve: (_root, _args, ctx) => (ctx.viewer.role ? ctx.viewer : null),
  }),
);
