import type { Viewer } from '../auth/viewer.js';
import { scopeOf } from './scope.js';
import { VIEWER_ROLE } from './rls-sql.js';

/**
 * The viewer as transaction-local settings (read by the hub_*() functions of the row
 * policies), and the one statement that applies them and switches to the row-secured role of
 * the viewer's scope (`hub_viewer_<scope>`, rls-sql.ts; the scope is the first setting).
 * `set_config(…, true)` lasts until the end of the transaction, so a pooled connection never
 * carries one request's viewer into the next.
 */
export function viewerSettings(viewer: Viewer, entrusting: readonly string[]): string[] {
  return [
    scopeOf(viewer),
    viewer.role ?? '',
    viewer.actorId,
    viewer.actorType,
    viewer.insurerId ?? '',
    viewer.partnerId ?? '',
    viewer.providerId ?? '',
    `{${entrusting.join(',')}}`,
  ];
}

export const APPLY_VIEWER_SQL =
  `SELECT set_config('hub.scope', $1, true), set_config('hub.role', $2, true), set_config('hub.actor_id', $3, true), ` +
  `set_config('hub.actor_type', $4, true), set_config('hub.insurer_id', $5, true), set_config('hub.partner_id', $6, true), ` +
  `set_config('hub.provider_id', $7, true), set_config('hub.entrusting', $8, true), set_config('role', '${VIEWER_ROLE}_' || $1, true)`;

/**
 * For the few statements inside a viewer's transaction that are the hub's own bookkeeping
 * (the audit append reads the chain's last link, which is rarely the viewer's): back to the
 * connection's role for the statement that follows, then `RESTORE_ROLE_SQL` returns to the
 * viewer's role if the transaction had one.
 */
export const SYSTEM_ROLE_SQL = `set_config('role', 'none', true)`;
export const RESTORE_ROLE_SQL = `set_config('role', CASE WHEN current_setting('hub.scope', true) <> '' THEN '${VIEWER_ROLE}_' || current_setting('hub.scope') ELSE 'none' END, true)`;
