/**
 * Audit event types of the agency's holiday calendar (same naming as ../audit-event-types.ts,
 * which lists them with every other type).
 */
export const CALENDAR_EVENT = {
  calendarDaySet: 'calendarDay.set',
  calendarDayRemoved: 'calendarDay.removed',
} as const;

export const CALENDAR_ENTITY = {
  agencyCalendarDay: 'AgencyCalendarDay',
} as const;
