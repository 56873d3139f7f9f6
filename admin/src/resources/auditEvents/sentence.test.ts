import { describe, expect, it } from 'vitest';
import { messages } from '../../providers/i18n-provider.js';
import { auditSentence, sentenceText } from './sentence.js';

function translator(locale: 'zh-CN' | 'en') {
  return (key: string, options?: Record<string, unknown>) => {
    let node: unknown = messages[locale];
    for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
    return typeof node === 'string' ? node : String(options?._ ?? key);
  };
}

const decided = {
  type: 'penalty.decided',
  entityType: 'Penalty',
  actorType: 'USER',
  actorName: '马鞍山市医保中心管理员',
  subjectName: 'PEN-20261206-0A1B2C3D4E',
  data: {
    number: 'PEN-20261206-0A1B2C3D4E',
    fromStatus: 'APPEALED',
    toStatus: 'REDUCED',
    amountFen: '430000',
    previousAmountFen: '500000',
    appealId: '01a24879-0000-7000-8000-000000000001',
    decision: 'REDUCE',
    reason: '情节较轻',
  },
};

describe('audit events as sentences', () => {
  it('reads in Chinese with names, states in words and yuan, without ids', () => {
    const text = sentenceText(auditSentence(decided, translator('zh-CN'), 'zh-CN'), 'zh-CN');
    expect(text).toContain('马鞍山市医保中心管理员：');
    expect(text).toContain('处理决定 PEN-20261206-0A1B2C3D4E');
    expect(text).toContain('状态：申诉中 → 减轻');
    expect(text).toContain('金额：4,300.00 元');
    expect(text).toContain('原金额：5,000.00 元');
    expect(text).toContain('决定：减轻');
    expect(text).not.toMatch(/01a24879|430000|REDUCED|amountFen/);
  });

  it('reads in English, and names the system and unnamed actors in words', () => {
    const text = sentenceText(auditSentence(decided, translator('en'), 'en'), 'en');
    expect(text).toContain('Status: Appealed → Reduced');
    expect(text).toContain('Amount: ¥4,300.00');
    const signed = auditSentence(
      { type: 'agreement.signed', entityType: 'Agreement', actorType: 'SYSTEM', data: { reason: 'signed' } },
      translator('zh-CN'),
      'zh-CN',
    );
    expect(signed.actor).toBe('系统');
    expect(signed.details).toContainEqual({ label: '理由', value: '签订协议' });
  });
});
