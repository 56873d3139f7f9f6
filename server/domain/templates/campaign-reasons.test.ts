import { describe, expect, it } from 'vitest';
import { campaignReasonText } from './campaign-reasons.js';

describe('campaign item reasons', () => {
  it('gives each code its zh and en sentence, with the detail', () => {
    expect(campaignReasonText('AGREEMENT_NOT_AMENDABLE', 'TERMINATED')).toEqual({
      zh: '协议状态为「已解除」，不能重签',
      en: 'The agreement is terminated and cannot be re-signed',
    });
    expect(campaignReasonText('PROVIDER_EXCEPTED', null)?.en).toBe('The provider is on the campaign’s exception list');
    expect(campaignReasonText('DECLINED', '价格条款有异议')?.zh).toBe('拒绝重签：价格条款有异议');
  });

  it('has no text without a reason, and shows an unknown code’s detail as it is', () => {
    expect(campaignReasonText(null, null)).toBeNull();
    expect(campaignReasonText('SOMETHING_NEW', 'as written')).toEqual({ zh: 'as written', en: 'as written' });
  });
});
