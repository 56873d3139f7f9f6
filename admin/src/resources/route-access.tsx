import { Route } from 'react-router-dom';
import type { ResourceProps } from 'react-admin';
import { canDo } from '../providers/auth-provider.js';
import { NoAccess } from '../layout/NoAccess.js';
import { screenCapabilities } from './screen-capabilities.js';

export { screenCapabilities };


/**
 * Resources a role sees at all, by the capability their list query needs. Tip-offs and the
 * suspensions of persons (insured persons, physicians) are agency staff's business only
 * (readTipOffs: whistle-blower and personal-data protection); a partner, provider or
 * integrator gets neither the menu entry nor the route.
 */
export const resourceCapabilities: Record<string, string> = {
  tipOffs: 'readTipOffs',
  settlementSuspensions: 'readTipOffs',
  billingSuspensions: 'readTipOffs',
  sanctionEnds: 'readTipOffs',
};

/** The views this viewer may see at all (see resourceCapabilities). */
export function visibleViews(views: ResourceProps[], permissions: unknown): ResourceProps[] {
  return views.filter((v) => {
    const needs = resourceCapabilities[v.name];
    return !needs || canDo(permissions, needs);
  });
}

/** The resource's screens this viewer may open: create/edit dropped without the capability. */
export function allowedScreens(view: ResourceProps, permissions: unknown): ResourceProps {
  const needs = screenCapabilities[view.name] ?? {};
  const out = { ...view };
  if (needs.create && !canDo(permissions, needs.create)) delete out.create;
  if (needs.edit && !canDo(permissions, needs.edit)) delete out.edit;
  return out;
}

/** Routes answering the dropped create/edit URLs with the no-access page. */
export function noAccessRoutes(views: ResourceProps[], permissions: unknown) {
  return views.flatMap((view) => {
    const allowed = allowedScreens(view, permissions);
    return [
      view.create && !allowed.create ? (
        <Route
          key={`${view.name}-create`}
          path={`/${view.name}/create`}
          element={<NoAccess resource={view.name} />}
        />
      ) : null,
      view.edit && !allowed.edit ? (
        <Route
          key={`${view.name}-edit`}
          path={`/${view.name}/:id`}
          element={<NoAccess resource={view.name} />}
        />
      ) : null,
    ].filter((r) => r !== null);
  });
}
