// No imports: the e2e walk reads this map too, outside the bundle.
/**
 * The capability (server/auth/capabilities.ts) each resource's create and edit screens need.
 * A role without it gets neither the route nor the button; typing the URL shows NoAccess.
 */
export const screenCapabilities: Record<string, { create?: string; edit?: string }> = {
  agreements: { create: 'manageAgreements', edit: 'manageAgreements' },
  // Templates are drafted and edited by whoever manages agreements (draft/update-agreement-template);
  // without this a viewer's empty template list offered "Create" into a form the hub refuses.
  agreementTemplates: { create: 'manageAgreements', edit: 'manageAgreements' },
  findings: { create: 'recordFindings' },
  // Receiving a tip-off is the supervising staff's (receive-tip-off.ts: manageSupervision).
  tipOffs: { create: 'manageSupervision' },
  claims: { create: 'importClaims' },
  // A paper application for designation: how a new provider comes to exist (admission/).
  designationApplications: { create: 'applyForDesignation' },
  providers: { edit: 'manageParties' },
  partners: { edit: 'manageParties' },
  // 医保医师备案 (registerPhysician) is master data: agency admins, like the edits.
  physicians: { create: 'manageParties', edit: 'manageParties' },
  // The monitoring resources are registered for manageMonitoring only (App.tsx).
  screeningRuns: { create: 'manageMonitoring' },
  apiClients: { create: 'manageAccess' },
  users: { create: 'manageAccess' },
};
