import type { Tx } from '../../db/database.js';
import { InputError, notFound } from '../errors.js';
import { parseInput } from '../shared/input.js';
import type { Viewer } from '../../auth/viewer.js';
import { actsForInsurer } from '../shared/actor.js';
import { claimInput } from './claim-input.js';
import { resolveClaims, type ClaimRecord } from './claim-record.js';
import type { ClaimOffence } from './evaluate-claim.js';
import { explainHit } from './explain-hit.js';

/**
 * Parses and resolves one claim submitted for checking or settlement. The insurer is the
 * actor's (agency staff) or named by `insurerCode` (platform admin, provider staff); provider
 * staff may only submit their own provider's claims, to an insurer it is registered with or
 * contracted by. Both are settled before the claim's other codes are resolved: the check runs
 * as the hub, and "no such insured person of this insurer" about an insurer the provider has no
 * dealings with would tell it whether someone is insured there. Such an insurer answers as one
 * that does not exist.
 */
export async function resolveSubmittedClaim(tx: Tx, actor: Viewer, raw: unknown): Promise<ClaimRecord> {
  const input = parseInput(claimInput, raw);
  let insurerId = actor.role === 'PROVIDER_STAFF' || actor.role === 'PLATFORM_ADMIN' ? null : actor.insurerId;
  if (!insurerId) {
    if (!input.insurerCode) throw new InputError([{ path: ['input', 'insurerCode'], message: 'name the insurer' }]);
    const insurer = await tx.insurer.findUnique({ where: { code: input.insurerCode }, select: { id: true } });
    if (!insurer) throw notFound('Insurer', input.insurerCode);
    insurerId = insurer.id;
  } else if (!actsForInsurer(actor, insurerId)) throw notFound('Insurer', insurerId);
  if (actor.role === 'PROVIDER_STAFF') await requireOwnProviderAt(tx, actor, insurerId, input.insurerCode!, input.providerCode);
  const [resolved] = await resolveClaims(tx, insurerId, [input]);
  if (!resolved!.ok) throw new InputError(resolved!.issues.map((i) => ({ ...i, path: ['input', ...i.path] })));
  return resolved!.record;
}

/** Provider staff: the insurer is one their provider deals with, and the claim is their provider's. */
async function requireOwnProviderAt(tx: Tx, actor: Viewer, insurerId: string, insurerCode: string, providerCode: string): Promise<void> {
  const own = actor.providerId
    ? await tx.provider.findFirst({
        where: { id: actor.providerId, OR: [{ insurerId }, { agreements: { some: { insurerId } } }] },
        select: { code: true },
      })
    : null;
  if (!own) throw notFound('Insurer', insurerCode);
  if (own.code !== providerCode) throw new InputError([{ path: ['input', 'providerCode'], message: 'not your provider' }]);
}

/** A rule's offence as commands return it. */
export interface RuleFindingView {
  ruleId: string;
  ruleCode: string;
  ruleKey: string;
  nameZh: string;
  nameEn: string;
  kind: 'SUSPICIOUS' | 'VIOLATION';
  judgementLevel: string;
  ruleVersion: number;
  blocking: boolean;
  amountFen: bigint;
  detail: unknown[];
  /** Why, in words: each offence found (rules/*.ts `explain`). */
  explanationZh: string;
  explanationEn: string;
}

export function findingView(o: ClaimOffence): RuleFindingView {
  const explanation = explainHit({ ruleKey: o.rule.definition.key, detailJson: o.detail, detail: null });
  return {
    ruleId: o.rule.row.id,
    ruleCode: o.rule.row.code,
    ruleKey: o.rule.definition.key,
    nameZh: o.rule.definition.nameZh,
    nameEn: o.rule.definition.nameEn,
    kind: o.rule.row.kind,
    judgementLevel: o.rule.row.judgementLevel,
    ruleVersion: o.rule.row.version,
    blocking: o.rule.row.blocking && o.rule.row.kind === 'VIOLATION',
    amountFen: o.amountFen,
    detail: o.detail,
    explanationZh: explanation?.zh ?? o.rule.definition.nameZh,
    explanationEn: explanation?.en ?? o.rule.definition.nameEn,
  };
}

export function hitsJson(findings: RuleFindingView[]): object[] {
  return findings.map((f) => ({ ...f, amountFen: f.amountFen.toString() }));
}
