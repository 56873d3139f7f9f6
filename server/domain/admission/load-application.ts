import type { Tx } from '../../db/database.js';
import type { DesignationApplication } from '../../db/generated/prisma/client.js';
import type { Viewer } from '../../auth/viewer.js';
import { visible } from '../../auth/tenant-filters.js';
import { appendAuditEvent } from '../../audit/append-event.js';
import { illegalTransition, notFound } from '../errors.js';
import { ENTITY } from '../audit-event-types.js';
import { assertUpdated, checkVersion } from '../shared/versioning.js';
import { canApplicationStep, type ApplicationAction } from './rules.js';
import type { Prisma } from '../../db/generated/prisma/client.js';

export interface ApplicationResult {
  application: DesignationApplication;
  auditSeq: bigint;
}

/** Loads an application the actor may see, checks the step is allowed and the version current. */
export async function loadForStep(
  tx: Tx,
  actor: Viewer,
  id: string,
  action: ApplicationAction,
  expectedVersion: number,
): Promise<DesignationApplication> {
  const application = await tx.designationApplication.findFirst({
    where: { AND: [{ id }, visible.designationApplication(actor)] },
  });
  if (!application) throw notFound('DesignationApplication', id);
  if (!canApplicationStep(action, application.status))
    throw illegalTransition('DesignationApplication', id, application.status, action);
  checkVersion('DesignationApplication', application, expectedVersion);
  return application;
}

/** Version-guarded update of an application and its audit event, in the caller's transaction. */
export async function writeApplicationStep(
  tx: Tx,
  step: {
    application: DesignationApplication;
    expectedVersion: number;
    patch: Prisma.DesignationApplicationUncheckedUpdateManyInput;
    event: string;
    actor: Viewer;
    requestId: string | null;
    data: Record<string, unknown>;
  },
): Promise<ApplicationResult> {
  const { application } = step;
  const { count } = await tx.designationApplication.updateMany({
    where: { id: application.id, version: step.expectedVersion },
    data: { ...step.patch, version: { increment: 1 } },
  });
  assertUpdated(count, 'DesignationApplication', application, step.expectedVersion);
  const updated = await tx.designationApplication.findUniqueOrThrow({ where: { id: application.id } });
  const { seq } = await appendAuditEvent(tx, {
    type: step.event,
    entityType: ENTITY.designationApplication,
    entityId: application.id,
    actor: step.actor,
    requestId: step.requestId,
    insurerId: updated.insurerId,
    providerId: updated.providerId,
    data: { number: updated.number, fromStatus: application.status, toStatus: updated.status, ...step.data },
  });
  return { application: updated, auditSeq: seq };
}
