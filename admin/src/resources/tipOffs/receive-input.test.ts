import { describe, expect, it } from 'vitest';
import { receiveTipOffInput } from './receive-input.js';

describe('receive tip-off input', () => {
  it('trims the texts and leaves out what was not given', () => {
    expect(
      receiveTipOffInput({ channel: 'PHONE', summary: '  挂床住院  ', providerId: '', reporterContact: ' ' }),
    ).toEqual({
      channel: 'PHONE',
      summary: '挂床住院',
      providerId: null,
      reporterContact: null,
    });
    expect(receiveTipOffInput({ channel: 'LETTER', summary: 'x', insurerId: 'I1' })).toMatchObject({
      insurerId: 'I1',
    });
  });
});
