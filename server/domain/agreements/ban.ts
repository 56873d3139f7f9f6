import type { Provider } from '../../db/generated/prisma/client.js';
import { DomainError } from '../errors.js';
import { isoDate } from '../shared/dates.js';
import { isBanned } from './rules.js';

/** Refuses a new agreement for a provider whose re-application ban (S2 (docs/domain/sources.md): 3 years) still runs. */
export function assertNotBanned(provider: Provider, today: Date): void {
  if (!isBanned(provider.reapplicationBannedUntil, today)) return;
  const until = isoDate(provider.reapplicationBannedUntil!);
  throw new DomainError(
    'REAPPLICATION_BANNED',
    {
      zh: `定点医药机构（${provider.nameZh}）的协议已被解除，${until} 前不得重新申请定点`,
      en: `Provider ${provider.nameEn} had its agreement terminated and may not apply again until ${until}`,
    },
    { providerId: provider.id, bannedUntil: until },
  );
}
