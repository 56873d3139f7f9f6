import { builder } from '../builder.js';
import { CAN } from '../../server/auth/capabilities.js';
import { visible } from '../../server/auth/tenant-filters.js';
import { db } from '../../server/db/database.js';
import { assignableStaff } from '../../server/domain/tip-offs/assignees.js';
import { TipOff } from './tip-off.js';

/** A person a tip-off may be assigned to: the id the assignment takes and the name people know. */
const AssignableStaffMember = builder.objectRef<{ id: string; displayName: string }>('AssignableStaffMember').implement({
  description: 'An admin or auditor of the tip-off’s insurer who may investigate it (name only).',
  authScopes: { roles: CAN.manageSupervision },
  fields: (t) => ({
    userId: t.exposeString('id', { description: 'What `assignTipOff` takes as `assigneeUserId`.' }),
    displayName: t.exposeString('displayName'),
  }),
});

builder.prismaObjectFields(TipOff, (t) => ({
  assignableStaff: t.field({
    type: [AssignableStaffMember],
    description:
      'The staff who may investigate it, by name, for whoever may assign it (auditors included, who cannot list users).',
    authScopes: { roles: CAN.manageSupervision },
    select: { insurerId: true },
    // Read as the hub: the user table is readable by admins only (row-level security), and
    // auditors assign too. Bounded by the same two rules a name shown elsewhere is: colleagues
    // of the viewer (visible.actorUser), and the people `assignTipOff` accepts.
    resolve: (tipOff, _args, ctx) =>
      db().user.findMany({
        where: { AND: [assignableStaff(tipOff.insurerId), visible.actorUser(ctx.viewer)] },
        select: { id: true, displayName: true },
        orderBy: [{ displayName: 'asc' }, { id: 'asc' }],
        take: 500,
      }),
  }),
}));
