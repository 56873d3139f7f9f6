/** Audit event types of agreement templates and re-signing campaigns (naming as ../audit-event-types.ts). */
export const TEMPLATE_EVENT = {
  templateDrafted: 'agreementTemplate.drafted',
  templateUpdated: 'agreementTemplate.updated',
  templatePublished: 'agreementTemplate.published',
  campaignStarted: 'resigningCampaign.started',
  campaignCompleted: 'resigningCampaign.completed',
  campaignCancelled: 'resigningCampaign.cancelled',
  resigningDeclined: 'resigningCampaign.declined',
} as const;

export const TEMPLATE_ENTITY = {
  template: 'AgreementTemplate',
  campaign: 'ResigningCampaign',
} as const;
