import type { Tx } from '../../db/database.js';
import type { AgreementTemplate } from '../../db/generated/prisma/client.js';
import type { Viewer } from '../../auth/viewer.js';
import { InputError, notFound } from '../errors.js';
import { actsForInsurer } from '../shared/actor.js';

/** The insurer a template command acts for: the agency's own, or the one a platform admin names. */
export function templateInsurer(actor: Viewer, requested: string | null | undefined): string {
  if (actor.role === 'PLATFORM_ADMIN') {
    if (!requested) throw new InputError([{ path: ['input', 'insurerId'], message: 'name the insurer of the template' }]);
    return requested;
  }
  if (!actor.insurerId || (requested && requested !== actor.insurerId)) throw notFound('Insurer', requested ?? '');
  return actor.insurerId;
}

/** A template the actor's insurer owns; anything else is NOT_FOUND whether it exists or not. */
export async function loadTemplateForWrite(tx: Tx, actor: Viewer, id: string): Promise<AgreementTemplate> {
  const template = await tx.agreementTemplate.findUnique({ where: { id } });
  if (!template || !actsForInsurer(actor, template.insurerId)) throw notFound('AgreementTemplate', id);
  return template;
}
