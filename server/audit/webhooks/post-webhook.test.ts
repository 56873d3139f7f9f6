import { describe, expect, it } from 'vitest';
import { isRefusedAddress } from './post-webhook.js';

const HOST_LOCAL = ['127.0.0.1', '127.255.0.9', '0.0.0.0', '169.254.169.254', '224.0.0.1', '::1', '::', 'fe80::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '[::1]'];
const PRIVATE = ['10.1.2.3', '172.16.0.1', '172.31.255.254', '192.168.1.10', '100.64.0.1', 'fd12:3456::1', '::ffff:10.0.0.1'];
const PUBLIC = ['8.8.8.8', '172.32.0.1', '100.128.0.1', '203.0.113.5', '2001:4860:4860::8888', '::ffff:8.8.8.8', 'hooks.example.com'];

describe('isRefusedAddress: where a webhook may not be sent (WEBHOOK_PRIVATE_TARGETS)', () => {
  it.each(HOST_LOCAL)('refuses the hub’s own host, link-local and multicast %s under intranet and refuse', (address) => {
    expect(isRefusedAddress(address, 'intranet')).toBe(true);
    expect(isRefusedAddress(address, 'refuse')).toBe(true);
  });

  it.each(PRIVATE)('lets the intranet address %s through under intranet (receivers of an intranet installation), refuses it under refuse', (address) => {
    expect(isRefusedAddress(address, 'intranet')).toBe(false);
    expect(isRefusedAddress(address, 'refuse')).toBe(true);
  });

  it.each(PUBLIC)('lets %s through under every level (a name is checked when it is resolved)', (address) => {
    expect(isRefusedAddress(address, 'refuse')).toBe(false);
    expect(isRefusedAddress(address, 'intranet')).toBe(false);
  });

  it.each([...HOST_LOCAL, ...PRIVATE])('refuses nothing under allow: %s', (address) => {
    expect(isRefusedAddress(address, 'allow')).toBe(false);
  });
});
