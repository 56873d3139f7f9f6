import type { Tx } from '../../db/database.js';
import type { AgreementKind } from '../../db/generated/prisma/enums.js';
import { InputError } from '../errors.js';

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
  if (template) return;
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
