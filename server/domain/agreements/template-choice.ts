import type { Tx } from '../../db/database.js';
import type { AgreementKind } from '../../db/generated/prisma/enums.js';
import { DomainError, InputError } from '../errors.js';

/**
 * 协议模板: an agreement is signed on one of its insurer's published templates of its kind
 * (S2 (docs/domain/sources.md): Ma'anshan re-signed all 585 designated institutions on its new
 * template; docs/domain/agreements.md "Terms"). The console only offers those templates; the API
 * checks the same, so no client can name a template code the insurer never published, a draft,
 * a retired one, or one of another kind. `templateVersion` is the template's version number.
 */
export async function assertPublishedTemplate(
  tx: Tx,
  choice: { insurerId: string; kind: AgreementKind; templateCode: string; templateVersion: string },
): Promise<void> {
  if (await isPublishedTemplate(tx, choice)) return;
  const named = `${choice.templateCode} ${choice.templateVersion}`;
  throw new InputError([
    {
      path: ['input', 'templateCode'],
      message: 'not a published template of this kind',
      messageZh: `模板 ${named} 不是本经办机构已发布的该类协议模板，请从已发布的模板中选择`,
      messageEn: `Template ${named} is not a template of this kind that the insurer has published; choose a published one`,
    },
  ]);
}

/**
 * Signing re-checks the draft's template: an admission designated before any template of its
 * kind was published drafts on a placeholder (`<KIND>-ADMISSION`), and a template may have been
 * retired since the draft was written. The agreement is signed only on a published one.
 */
export async function assertSignableTemplate(
  tx: Tx,
  agreement: { id: string; insurerId: string; kind: AgreementKind; currentVersionNo: number },
): Promise<void> {
  const version = await tx.agreementVersion.findUniqueOrThrow({
    where: { agreementId_versionNo: { agreementId: agreement.id, versionNo: agreement.currentVersionNo } },
    select: { templateCode: true, templateVersion: true },
  });
  if (await isPublishedTemplate(tx, { ...agreement, ...version })) return;
  const named = `${version.templateCode} ${version.templateVersion}`;
  throw new DomainError(
    'TEMPLATE_NOT_PUBLISHED',
    {
      zh: `协议草案所用模板 ${named} 不是本经办机构已发布的该类协议模板，不能签订；请先发布模板并在草案中选用（修改草案）`,
      en: `The draft is on template ${named}, which is not a published template of its kind; publish one and choose it in the draft (updateDraftAgreement) before signing`,
    },
    { agreementId: agreement.id, templateCode: version.templateCode, templateVersion: version.templateVersion },
  );
}

async function isPublishedTemplate(
  tx: Tx,
  choice: { insurerId: string; kind: AgreementKind; templateCode: string; templateVersion: string },
): Promise<boolean> {
  const versionNo = /^\d{1,9}$/.test(choice.templateVersion) ? Number(choice.templateVersion) : null;
  const template =
    versionNo === null
      ? null
      : await tx.agreementTemplate.findFirst({
          where: {
            insurerId: choice.insurerId,
            code: choice.templateCode,
            versionNo,
            kind: choice.kind,
            status: 'PUBLISHED',
          },
          select: { id: true },
        });
  return template !== null;
}

/** The insurer's newest published template of a kind, if any (what an admission drafts on). */
export async function latestPublishedTemplate(
  tx: Tx,
  insurerId: string,
  kind: AgreementKind,
): Promise<{ templateCode: string; templateVersion: string } | null> {
  const t = await tx.agreementTemplate.findFirst({
    where: { insurerId, kind, status: 'PUBLISHED' },
    orderBy: [{ effectiveFrom: 'desc' }, { publishedAt: 'desc' }, { versionNo: 'desc' }],
    select: { code: true, versionNo: true },
  });
  return t ? { templateCode: t.code, templateVersion: String(t.versionNo) } : null;
}
