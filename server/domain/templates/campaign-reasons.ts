import type { AgreementStatus } from '../../db/generated/prisma/enums.js';

/** Why a campaign item was excepted or refused: stable codes, with zh-CN and en text. */
export const CAMPAIGN_ITEM_REASONS = ['PROVIDER_EXCEPTED', 'AGREEMENT_NOT_AMENDABLE', 'DECLINED'] as const;
export type CampaignItemReason = (typeof CAMPAIGN_ITEM_REASONS)[number];

const STATUS: Record<AgreementStatus, { zh: string; en: string }> = {
  DRAFT: { zh: '草拟', en: 'draft' },
  SIGNED: { zh: '已签订', en: 'signed' },
  ACTIVE: { zh: '履行中', en: 'active' },
  SUSPENDED: { zh: '中止', en: 'suspended' },
  TERMINATED: { zh: '已解除', en: 'terminated' },
  EXPIRED: { zh: '已到期', en: 'expired' },
};

/** The item's reason as text: the code's sentence, with its detail (status, or the party's words). */
export function campaignReasonText(
  code: string | null,
  detail: string | null,
): { zh: string; en: string } | null {
  switch (code) {
    case 'PROVIDER_EXCEPTED':
      return { zh: '该机构在本次重签的例外名单中', en: 'The provider is on the campaign’s exception list' };
    case 'AGREEMENT_NOT_AMENDABLE': {
      const s = STATUS[detail as AgreementStatus] ?? { zh: detail ?? '', en: detail ?? '' };
      return { zh: `协议状态为「${s.zh}」，不能重签`, en: `The agreement is ${s.en} and cannot be re-signed` };
    }
    case 'DECLINED':
      return { zh: `拒绝重签：${detail ?? ''}`, en: `Declined to re-sign: ${detail ?? ''}` };
    default:
      return detail ? { zh: detail, en: detail } : null;
  }
}
