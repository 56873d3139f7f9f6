import { describe, expect, it } from 'vitest';
import { isPrivateAddress } from './post-webhook.js';

describe('isPrivateAddress: where a webhook may not be sent under WEBHOOK_PRIVATE_TARGETS=refuse', () => {
  it.each([
    '127.0.0.1', '127.255.0.9', '0.0.0.0', '10.1.2.3', '172.16.0.1', '172.31.255.254', '192.168.1.10', '100.64.0.1',
    '169.254.169.254', '224.0.0.1', '::1', '::', 'fe80::1', 'fd12:3456::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1', '[::1]',
  ])('refuses %s', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each(['8.8.8.8', '172.32.0.1', '100.128.0.1', '203.0.113.5', '2001:4860:4860::8888', '::ffff:8.8.8.8', 'hooks.example.com'])(
    'lets %s through (a name is checked when it is resolved)',
    (address) => {
      expect(isPrivateAddress(address)).toBe(false);
    },
  );
});
