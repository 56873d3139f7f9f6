import type { Tx } from '../../server/db/database.js';
import type { Role } from '../../server/db/generated/prisma/enums.js';
import { hashApiKey, parseApiKey } from '../../server/auth/api-key.js';
import { hashPassword } from '../../server/auth/password.js';
import type { Ids } from './ids.js';

/**
 * Demo identities. Every demo user's password is `demo-password` (DEMO ONLY: the seed runs
 * only into an empty database, by default the embedded one; change or disable these users
 * before any real use). API keys below are fixed so the README can show how to call the API
 * as a partner; they are public and must never be issued on a real deployment.
 */
export const DEMO_PASSWORD = 'demo-password';

type UserRow = [key: string, role: Role, displayName: string, locale: string, insurer?: string, provider?: string];
export const DEMO_USERS: UserRow[] = [
  ['admin', 'PLATFORM_ADMIN', '平台管理员 Platform Admin', 'zh-CN'],
  ['mas-admin', 'INSURER_ADMIN', '马鞍山医保中心管理员', 'zh-CN', 'MAS'],
  ['mas-auditor', 'INSURER_AUDITOR', '马鞍山医保中心稽核员', 'zh-CN', 'MAS'],
  ['mas-viewer', 'INSURER_VIEWER', "Ma'anshan read-only viewer", 'en', 'MAS'],
  ['husong-staff', 'PROVIDER_STAFF', '胡松中西医诊所医保办', 'zh-CN', undefined, 'mas-husong'],
  ['mas-pharmacy-staff', 'PROVIDER_STAFF', '花山区示例便民药店医保专员', 'zh-CN', undefined, 'mas-demo-pharmacy'],
  ['mas-hospital-staff', 'PROVIDER_STAFF', '博望区示例医院医保办', 'zh-CN', undefined, 'mas-demo-hospital'],
  ['xz-admin', 'INSURER_ADMIN', '徐州市医保局管理员', 'zh-CN', 'XZ'],
  ['xz-pharmacy-staff', 'PROVIDER_STAFF', '徐州示例药店铜山店医保专员', 'zh-CN', undefined, 'xz-demo-pharmacy-b'],
  ['gx-admin', 'INSURER_ADMIN', '冠县医保处管理员', 'zh-CN', 'GX'],
  ['gx-village-staff', 'PROVIDER_STAFF', '冠县示例村卫生室', 'zh-CN', undefined, 'gx-demo-village'],
];

/** Key format `ahk_<prefix8>_<secret32>`; the secrets say what they are. */
const demoKey = (prefix: string, tag: string) => `ahk_${prefix}_${`DemoKeyNotSecret${tag}`.padEnd(32, '0')}`;

type ClientRow = { key: string; name: string; role: Role; partner?: string; insurer?: string; apiKey: string };
export const DEMO_API_CLIENTS: ClientRow[] = [
  { key: 'picc', name: '人保财险 大病保险系统 / PICC P&C critical-illness system', role: 'PARTNER', partner: 'picc', apiKey: demoKey('demopicc', 'Picc') },
  { key: 'pingan', name: '平安保险 医保经办系统 / Ping An administration system', role: 'PARTNER', partner: 'pingan', apiKey: demoKey('demopaic', 'PingAn') },
  { key: 'chinalife', name: '中国人寿 大病保险系统 / China Life critical-illness system', role: 'PARTNER', partner: 'chinalife', apiKey: demoKey('democlic', 'ChinaLife') },
  { key: 'itvendor', name: '示例医保信息技术 智能监控 / Demo IT smart monitoring', role: 'PARTNER', partner: 'itvendor', apiKey: demoKey('demoitvd', 'ItVendor') },
  { key: 'accounting', name: '淮安示例会计师事务所 / Huai\'an Demo CPA', role: 'PARTNER', partner: 'accounting', apiKey: demoKey('demoacct', 'Accounting') },
  { key: 'integrator', name: '马鞍山医保中心 系统集成 / Ma\'anshan integration', role: 'INTEGRATOR', insurer: 'MAS', apiKey: demoKey('demointg', 'Integrator') },
];

/** Hashed before the seeding transaction opens, so it does not hold the transaction open. */
export function hashDemoPasswords(): Promise<string[]> {
  // One salt per user (hashing in parallel uses libuv's thread pool).
  return Promise.all(DEMO_USERS.map(() => hashPassword(DEMO_PASSWORD)));
}

export async function seedIdentities(prisma: Tx, ids: Ids, hashes: string[]): Promise<void> {
  await prisma.user.createMany({
    data: DEMO_USERS.map(([key, role, displayName, locale, insurer, provider], i) => ({
      id: ids.user(key), username: key, passwordHash: hashes[i]!, displayName, locale, role,
      insurerId: insurer ? ids.insurer(insurer) : null, providerId: provider ? ids.provider(provider) : null,
    })),
  });
  await prisma.apiClient.createMany({
    data: DEMO_API_CLIENTS.map((c) => ({
      id: ids.apiClient(c.key), name: c.name, role: c.role,
      partnerId: c.partner ? ids.partner(c.partner) : null, insurerId: c.insurer ? ids.insurer(c.insurer) : null,
    })),
  });
  await prisma.apiKey.createMany({
    data: DEMO_API_CLIENTS.map((c) => ({
      apiClientId: ids.apiClient(c.key), prefix: parseApiKey(c.apiKey)!.prefix, keyHash: hashApiKey(c.apiKey), label: 'demo key (public, see README)',
    })),
  });
}
