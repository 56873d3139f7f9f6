import { describe, expect, it } from 'vitest';
import { fieldName, formErrorsFor, formFieldFor, streamErrorText, toShownError } from './errors.js';

const stale = {
  message: 'The agreement was changed meanwhile',
  extensions: {
    code: 'STALE_VERSION',
    messageZh: '协议已被他人修改',
    messageEn: 'The agreement was changed meanwhile',
  },
};
const invalid = {
  message: 'Invalid input',
  extensions: {
    code: 'BAD_USER_INPUT',
    messageZh: '输入有误',
    messageEn: 'Invalid input',
    fields: [
      { path: ['input', 'endsOn'], message: 'the term must end on or after its start' },
      { path: ['input', 'clauses', 0, 'titleZh'], message: 'must not be empty' },
    ],
  },
};

describe('server errors in forms', () => {
  it('shows the message in the user language', () => {
    expect(toShownError([stale], 'zh-CN', 'x').message).toBe('协议已被他人修改');
    expect(toShownError([stale], 'en', 'x').message).toBe('The agreement was changed meanwhile');
    expect(toShownError([stale], 'en', 'x').code).toBe('STALE_VERSION');
  });

  it('puts field paths onto the inputs, without the input wrapper', () => {
    const shown = toShownError([invalid], 'en', 'x');
    expect(shown.errors).toEqual({
      root: { serverError: 'Invalid input' },
      endsOn: 'the term must end on or after its start',
      'clauses.0.titleZh': 'must not be empty',
    });
    expect(fieldName(['input', 'a', 1])).toBe('a.1');
  });

  it('falls back to the message, or to the fallback when there is no error', () => {
    expect(toShownError([{ message: 'plain' }], 'zh-CN', 'x').message).toBe('plain');
    expect(toShownError([], 'zh-CN', 'fallback').message).toBe('fallback');
  });
});

describe('field texts in the clerk language, on the input the form has', () => {
  const reduce = {
    message: 'Invalid input',
    extensions: {
      code: 'BAD_USER_INPUT',
      messageZh: '输入有误：须低于当前金额 2,150.00 元',
      fields: [
        {
          path: ['input', 'reducedAmountFen'],
          message: 'must be lower than the current amount ¥2,150.00',
          messageZh: '须低于当前金额 2,150.00 元',
          messageEn: 'must be lower than the current amount ¥2,150.00',
        },
      ],
    },
  };

  it('uses messageZh in Chinese and messageEn in English', () => {
    expect(toShownError([reduce], 'zh-CN', 'x').errors.reducedAmountFen).toBe('须低于当前金额 2,150.00 元');
    expect(toShownError([reduce], 'en', 'x').errors.reducedAmountFen).toBe(
      'must be lower than the current amount ¥2,150.00',
    );
  });

  it('maps a fen path to the yuan input of the form', () => {
    const has = (n: string) => ['reducedAmount', 'reason'].includes(n);
    expect(formFieldFor('reducedAmountFen', has)).toBe('reducedAmount');
    expect(formFieldFor('reason', has)).toBe('reason');
    expect(formFieldFor('expectedVersion', has)).toBeNull();
  });

  it("keys a create form's errors by its inputs and drops paths naming none", () => {
    const values = { violatingAmountYuan: '-5', evidence: [{ kind: 'photo', ref: '' }] };
    const errors = formErrorsFor(
      {
        root: { serverError: '输入有误：金额不能为负数' },
        violatingAmountFen: '金额不能为负数',
        'evidence.0.ref': '不能为空',
        expectedVersion: '版本号无效',
      },
      values,
    );
    expect(errors).toEqual({
      root: { serverError: '输入有误：金额不能为负数' },
      violatingAmountYuan: '金额不能为负数',
      'evidence.0.ref': '不能为空',
    });
  });
});

describe("a live view's failure in the clerk's language", () => {
  const limited = {
    message: 'At most 100 operations may run at once on one socket; complete one first',
    extensions: { code: 'RATE_LIMITED', messageZh: '同一连接上最多同时运行 100 个操作，请先结束其中一个' },
  };
  const stale = { message: 'Credential no longer valid', extensions: { code: 'UNAUTHENTICATED', messageZh: '凭据已失效' } };

  it("shows the hub's messageZh on the Chinese console, not errors[].message", () => {
    expect(streamErrorText([limited], 'zh-CN', '接收失败')).toBe('同一连接上最多同时运行 100 个操作，请先结束其中一个');
    expect(streamErrorText([limited, stale], 'zh-CN', '接收失败')).toBe(
      '同一连接上最多同时运行 100 个操作，请先结束其中一个；凭据已失效',
    );
    expect(streamErrorText([stale], 'en', 'failed')).toBe('Credential no longer valid');
  });

  it('says a closed socket or an uncoded error in its own words, never "[object Object]"', () => {
    expect(streamErrorText({ code: 4403, reason: 'Forbidden' }, 'zh-CN', '实时审计事件接收失败')).toBe(
      '实时审计事件接收失败',
    );
    expect(streamErrorText([{ message: 'Syntax error' }], 'zh-CN', '实时审计事件接收失败')).toBe(
      '实时审计事件接收失败',
    );
    expect(streamErrorText(new Error('无权执行此操作'), 'zh-CN', 'x')).toBe('无权执行此操作');
  });
});
