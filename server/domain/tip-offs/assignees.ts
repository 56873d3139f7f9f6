import type { Prisma } from '../../db/generated/prisma/client.js';

/**
 * Who may investigate a tip-off among people: the admins and auditors of the tip-off's insurer
 * whose accounts are not disabled. `assignTipOff` checks the chosen user against it, and the
 * console offers the same people by name (`TipOff.assignableStaff`).
 */
export function assignableStaff(insurerId: string): Prisma.UserWhereInput {
  return { insurerId, role: { in: ['INSURER_ADMIN', 'INSURER_AUDITOR'] }, disabledAt: null };
}
