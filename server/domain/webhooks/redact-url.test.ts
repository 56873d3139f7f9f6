import { describe, expect, it } from 'vitest';
import { redactedWebhookUrl } from './redact-url.js';

describe('redactedWebhookUrl', () => {
  it('replaces every query value and the fragment, keeps origin, path and parameter names', () => {
    expect(redactedWebhookUrl('https://his.example:8443/hook/in?token=abc123&tenant=a&token=second#sig=xyz')).toBe(
      'https://his.example:8443/hook/in?token=***&tenant=***&token=***#***',
    );
  });

  it('leaves a URL without query or fragment as it is', () => {
    expect(redactedWebhookUrl('http://10.1.2.3/receiver')).toBe('http://10.1.2.3/receiver');
  });

  it('redacts a value-less parameter and encoded names without decoding a secret into view', () => {
    expect(redactedWebhookUrl('https://h.example/x?flag&k%20ey=v%3D1')).toBe('https://h.example/x?flag=***&k%20ey=***');
  });

  it('shows nothing of a value it cannot parse', () => {
    expect(redactedWebhookUrl('not a url ?token=abc')).toBe('***');
  });
});
