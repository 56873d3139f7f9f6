import { builder } from '../builder.js';
import { CAN } from '../../server/auth/capabilities.js';
import { visible } from '../../server/auth/tenant-filters.js';
import { InsuredSuspensionScope } from '../enums.js';
import { InsuredPerson } from './insured-person.js';

/**
 * One settlement suspension of an insured person, kept after it ends: monitoring judges a claim
 * by the suspension in force on its visit day, so the earlier ones must stay readable.
 */
builder.prismaObject('InsuredSettlementSuspension', {
  authScopes: { roles: CAN.read },
  fields: (t) => ({
    suspendedFrom: t.expose('suspendedFrom', { type: 'Date', nullable: true, description: 'First day; null when recorded without its start.' }),
    suspendedUntil: t.expose('suspendedUntil', {
      type: 'Date',
      nullable: true,
      description: 'End of the term: the first day restoration may be asked for.',
    }),
    restoredOn: t.expose('restoredOn', { type: 'Date', nullable: true, description: 'Day settlement was restored on request; null while it runs.' }),
    reversedOn: t.expose('reversedOn', {
      type: 'Date',
      nullable: true,
      description: 'Day the penalty was reversed on appeal: the suspension then never counted.',
    }),
    scope: t.expose('scope', {
      type: InsuredSuspensionScope,
      description: 'Which claims it refuses (INSURED_SUSPENDED): every direct settlement, or only chronic-disease ones at pharmacies.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.prismaObjectFields(InsuredPerson, (t) => ({
  settlementSuspensions: t.relation('settlementSuspensions', {
    description: 'Every settlement suspension of the person, latest first (the current one and the history).',
    query: (_args, ctx) => ({
      where: visible.insuredSettlementSuspension(ctx.viewer),
      orderBy: [{ suspendedFrom: { sort: 'desc', nulls: 'last' } }, { createdAt: 'desc' }],
      take: 100,
    }),
  }),
}));
