import { z } from 'zod';
import type { AgencyCalendarDay } from '../../db/generated/prisma/client.js';
import { CalendarDayKind } from '../../db/generated/prisma/enums.js';
import type { Tx } from '../../db/database.js';
import type { Viewer } from '../../auth/viewer.js';
import { appendAuditEvent } from '../../audit/append-event.js';
import { visible } from '../../auth/tenant-filters.js';
import { DomainError, InputError, notFound } from '../errors.js';
import { requireCapability, requireInsurer } from '../shared/actor.js';
import { isoDate } from '../shared/dates.js';
import { parseInput } from '../shared/input.js';
import { date, line, uuid } from '../shared/schemas.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { CALENDAR_ENTITY, CALENDAR_EVENT } from './events.js';

export const setCalendarDayInput = z.object({
  /** Platform admins name the insurer; an insurer admin keeps its own calendar. */
  insurerId: uuid.nullish(),
  day: date,
  kind: z.enum(CalendarDayKind),
  nameZh: line(100),
  nameEn: line(100),
});

export const removeCalendarDayInput = z.object({ insurerId: uuid.nullish(), day: date });

export interface CalendarDayResult {
  calendarDay: AgencyCalendarDay;
  auditSeq: bigint;
}

/** The insurer whose calendar the actor keeps: its own, or the one a platform admin names. */
async function calendarInsurer(tx: Tx, actor: Viewer, named: string | null | undefined): Promise<string> {
  const insurerId = named ?? actor.insurerId;
  if (!insurerId) throw new InputError([{ path: ['input', 'insurerId'], message: 'name the insurer' }]);
  const insurer = await tx.insurer.findFirst({ where: { AND: [{ id: insurerId }, visible.insurer(actor)] } });
  if (!insurer) throw notFound('Insurer', insurerId);
  requireInsurer(actor, insurer.id, 'Insurer', insurer.id);
  return insurer.id;
}

/**
 * Lists a day on the agency's calendar as a holiday (法定节假日) or a worked weekend day (调休上班),
 * or changes its listing. Deadlines computed from then on end on a working day by it; deadlines
 * already set stay as notified (the party was told that day). Event with before and after.
 */
export async function setCalendarDay(
  ctx: CommandContext,
  raw: z.input<typeof setCalendarDayInput>,
): Promise<CalendarDayResult> {
  requireCapability(ctx.actor, 'configureReview');
  const input = parseInput(setCalendarDayInput, raw);
  return inTransaction(ctx, async (tx) => {
    const insurerId = await calendarInsurer(tx, ctx.actor, input.insurerId);
    const where = { insurerId_day: { insurerId, day: input.day } };
    const before = await tx.agencyCalendarDay.findUnique({ where });
    const values = { kind: input.kind, nameZh: input.nameZh, nameEn: input.nameEn };
    if (before && before.kind === values.kind && before.nameZh === values.nameZh && before.nameEn === values.nameEn) {
      throw new InputError([{ path: ['input', 'kind'], message: 'nothing to change: every field is as it was' }]);
    }
    const calendarDay = await tx.agencyCalendarDay.upsert({
      where,
      create: { insurerId, day: input.day, ...values },
      update: { ...values, version: { increment: 1 } },
    });
    const { seq } = await appendAuditEvent(tx, {
      type: CALENDAR_EVENT.calendarDaySet,
      entityType: CALENDAR_ENTITY.agencyCalendarDay,
      entityId: calendarDay.id,
      actor: ctx.actor,
      requestId: ctx.requestId,
      insurerId,
      data: {
        day: isoDate(calendarDay.day),
        before: before ? { kind: before.kind, nameZh: before.nameZh, nameEn: before.nameEn } : null,
        after: values,
        version: calendarDay.version,
      },
    });
    return { calendarDay, auditSeq: seq };
  });
}

/** Removes a day's listing: it is again a working day or a rest day by the weekday alone. */
export async function removeCalendarDay(
  ctx: CommandContext,
  raw: z.input<typeof removeCalendarDayInput>,
): Promise<CalendarDayResult> {
  requireCapability(ctx.actor, 'configureReview');
  const input = parseInput(removeCalendarDayInput, raw);
  return inTransaction(ctx, async (tx) => {
    const insurerId = await calendarInsurer(tx, ctx.actor, input.insurerId);
    const listed = await tx.agencyCalendarDay.findUnique({ where: { insurerId_day: { insurerId, day: input.day } } });
    if (!listed) {
      throw new DomainError(
        'NOT_FOUND',
        {
          zh: `日历中没有 ${isoDate(input.day)} 的节假日或调休安排`,
          en: `The calendar lists nothing for ${isoDate(input.day)}`,
        },
        { entity: CALENDAR_ENTITY.agencyCalendarDay, day: isoDate(input.day) },
      );
    }
    await tx.agencyCalendarDay.delete({ where: { id: listed.id } });
    const { seq } = await appendAuditEvent(tx, {
      type: CALENDAR_EVENT.calendarDayRemoved,
      entityType: CALENDAR_ENTITY.agencyCalendarDay,
      entityId: listed.id,
      actor: ctx.actor,
      requestId: ctx.requestId,
      insurerId,
      data: { day: isoDate(listed.day), before: { kind: listed.kind, nameZh: listed.nameZh, nameEn: listed.nameEn } },
    });
    return { calendarDay: listed, auditSeq: seq };
  });
}
