/**
 * Field extensions the transports read.
 *
 * SOURCE_ONLY_ARGUMENTS on a subscription root field: its arguments only choose the event
 * source (a resume cursor, a filter) and its per-event resolver ignores them, so subscribers
 * that differ only in those arguments share each event's execution and serialisation
 * (server/graphql/shared-subscribe.ts).
 */
export const SOURCE_ONLY_ARGUMENTS = 'sourceOnlyArguments';
