import { builder } from '../builder.js';
import { CAN } from '../../server/auth/capabilities.js';
import { visible } from '../../server/auth/tenant-filters.js';
import type { AgencyCalendarDay as CalendarDayRow } from '../../server/db/generated/prisma/client.js';
import { requestDb } from '../../server/policy/request-db.js';
import { removeCalendarDay, setCalendarDay, type CalendarDayResult } from '../../server/domain/calendar/maintain-calendar.js';
import { CalendarDayKind } from '../enums.js';
import { Insurer } from './insurer.js';
import { AUDIT_SEQ_DESCRIPTION, commandContext, rawId, seqString } from './mutation-payloads.js';

/** The agency's holiday calendar (server/domain/calendar): days its admins list, read and kept here. */

const AgencyCalendarDay = builder.objectRef<CalendarDayRow>('AgencyCalendarDay').implement({
  description:
    "A day the agency's calendar lists: a holiday (法定节假日) or a weekend day worked (调休上班). Other days are working days Monday to Friday. A period of days (appeal, rectification) whose last day is not a working day ends on the next working day.",
  fields: (t) => ({
    day: t.field({ type: 'Date', resolve: (r) => r.day }),
    kind: t.field({ type: CalendarDayKind, resolve: (r) => r.kind }),
    nameZh: t.exposeString('nameZh'),
    nameEn: t.exposeString('nameEn'),
    version: t.exposeInt('version'),
  }),
});

builder.queryField('agencyCalendarDays', (t) =>
  t.field({
    type: [AgencyCalendarDay],
    description: "The days an insurer's calendar lists in a year, by date (agency staff; platform admins name the insurer).",
    authScopes: { roles: CAN.read },
    args: {
      insurerId: t.arg.globalID({ for: Insurer, required: false }),
      year: t.arg.int({ required: true }),
    },
    resolve: async (_root, args, ctx) => {
      const insurerId = args.insurerId ? String(args.insurerId.id) : ctx.viewer.insurerId;
      if (!insurerId || args.year < 1900 || args.year > 2100) return [];
      return requestDb(ctx).agencyCalendarDay.findMany({
        where: {
          AND: [
            { insurerId, day: { gte: new Date(Date.UTC(args.year, 0, 1)), lt: new Date(Date.UTC(args.year + 1, 0, 1)) } },
            visible.agencyCalendarDay(ctx.viewer),
          ],
        },
        orderBy: { day: 'asc' },
      });
    },
  }),
);

const CalendarDayPayload = builder.objectRef<CalendarDayResult>('AgencyCalendarDayPayload').implement({
  fields: (t) => ({
    calendarDay: t.field({ type: AgencyCalendarDay, resolve: (p) => p.calendarDay }),
    auditSeq: t.string({ description: AUDIT_SEQ_DESCRIPTION, resolve: seqString }),
  }),
});

const SetAgencyCalendarDayInput = builder.inputType('SetAgencyCalendarDayInput', {
  fields: (t) => ({
    insurerId: t.globalID({ for: Insurer, required: false, description: 'Platform admins only.' }),
    day: t.field({ type: 'Date' }),
    kind: t.field({ type: CalendarDayKind }),
    nameZh: t.string({ description: 'e.g. 国庆节, 春节调休上班' }),
    nameEn: t.string({ description: 'e.g. National Day, Spring Festival make-up working day' }),
  }),
});

const RemoveAgencyCalendarDayInput = builder.inputType('RemoveAgencyCalendarDayInput', {
  fields: (t) => ({
    insurerId: t.globalID({ for: Insurer, required: false, description: 'Platform admins only.' }),
    day: t.field({ type: 'Date' }),
  }),
});

builder.mutationField('setAgencyCalendarDay', (t) =>
  t.field({
    type: CalendarDayPayload,
    description:
      "Lists a day on the insurer's calendar as a holiday or a worked weekend day, or changes it (insurer admins). Deadlines set from then on follow it; those already notified stay.",
    authScopes: { roles: CAN.configureReview },
    args: { input: t.arg({ type: SetAgencyCalendarDayInput, required: true }) },
    resolve: (_root, { input }, ctx) => setCalendarDay(commandContext(ctx), { ...input, insurerId: rawId(input.insurerId) }),
  }),
);

builder.mutationField('removeAgencyCalendarDay', (t) =>
  t.field({
    type: CalendarDayPayload,
    description: "Removes a day's listing from the insurer's calendar: the weekday alone decides it again.",
    authScopes: { roles: CAN.configureReview },
    args: { input: t.arg({ type: RemoveAgencyCalendarDayInput, required: true }) },
    resolve: (_root, { input }, ctx) => removeCalendarDay(commandContext(ctx), { ...input, insurerId: rawId(input.insurerId) }),
  }),
);
