import * as Enums from '../server/db/generated/prisma/enums.js';
import { builder } from './builder.js';

/**
 * Every Prisma enum becomes a GraphQL enum of the same name and values, so the API and the
 * database speak one vocabulary (DOMAIN.md). Refs are exported for use in fields and inputs.
 */
function enumOf<T extends Record<string, string>>(name: string, values: T, description?: string) {
  return builder.enumType(name, { values: Object.values(values) as [T[keyof T], ...T[keyof T][]], description });
}

export const InsurerLevel = enumOf('InsurerLevel', Enums.InsurerLevel);
export const ProviderKind = enumOf('ProviderKind', Enums.ProviderKind, '定点医药机构类别');
export const HospitalGrade = enumOf('HospitalGrade', Enums.HospitalGrade);
export const PharmacyClass = enumOf('PharmacyClass', Enums.PharmacyClass);
export const Ownership = enumOf('Ownership', Enums.Ownership);
export const ProviderStatus = enumOf('ProviderStatus', Enums.ProviderStatus);
export const PractitionerProfession = enumOf('PractitionerProfession', Enums.PractitionerProfession);
export const PractitionerStatus = enumOf('PractitionerStatus', Enums.PractitionerStatus);
export const PartnerKind = enumOf('PartnerKind', Enums.PartnerKind);
export const PartnerStatus = enumOf('PartnerStatus', Enums.PartnerStatus);
export const AgreementFamily = enumOf('AgreementFamily', Enums.AgreementFamily);
export const AgreementKind = enumOf('AgreementKind', Enums.AgreementKind);
export const AgreementStatus = enumOf('AgreementStatus', Enums.AgreementStatus);
export const SuspensionScope = enumOf('SuspensionScope', Enums.SuspensionScope);
export const EntrustedWork = enumOf('EntrustedWork', Enums.EntrustedWork);
export const IndicatorMetric = enumOf('IndicatorMetric', Enums.IndicatorMetric);
export const Comparator = enumOf('Comparator', Enums.Comparator);
export const IndicatorUnit = enumOf('IndicatorUnit', Enums.IndicatorUnit);
export const AgreementAction = enumOf('AgreementAction', Enums.AgreementAction);
export const ActorType = enumOf('ActorType', Enums.ActorType);
export const ViolationCategory = enumOf('ViolationCategory', Enums.ViolationCategory);
export const PenaltyTarget = enumOf('PenaltyTarget', Enums.PenaltyTarget);
export const FindingSource = enumOf('FindingSource', Enums.FindingSource);
export const FindingStatus = enumOf('FindingStatus', Enums.FindingStatus);
export const PenaltyMeasure = enumOf('PenaltyMeasure', Enums.PenaltyMeasure, '处理措施');
export const PenaltyStatus = enumOf('PenaltyStatus', Enums.PenaltyStatus);
export const AppealKind = enumOf('AppealKind', Enums.AppealKind);
export const AppealDecision = enumOf('AppealDecision', Enums.AppealDecision);
export const AssessmentResult = enumOf('AssessmentResult', Enums.AssessmentResult);
export const AssessmentStatus = enumOf('AssessmentStatus', Enums.AssessmentStatus);
export const CreditGrade = enumOf('CreditGrade', Enums.CreditGrade);
export const CreditSubjectType = enumOf('CreditSubjectType', Enums.CreditSubjectType);
export const RuleKind = enumOf('RuleKind', Enums.RuleKind);
export const RuleStage = enumOf('RuleStage', Enums.RuleStage);
export const RuleHitStatus = enumOf('RuleHitStatus', Enums.RuleHitStatus);
export const TipOffChannel = enumOf('TipOffChannel', Enums.TipOffChannel);
export const TipOffStatus = enumOf('TipOffStatus', Enums.TipOffStatus);
export const RewardKind = enumOf('RewardKind', Enums.RewardKind);
export const WebhookDeliveryStatus = enumOf('WebhookDeliveryStatus', Enums.WebhookDeliveryStatus);
export const Role = enumOf('Role', Enums.Role);
export const TemplateStatus = enumOf('TemplateStatus', Enums.TemplateStatus);
export const CampaignStatus = enumOf('CampaignStatus', Enums.CampaignStatus);
export const CampaignItemStatus = enumOf('CampaignItemStatus', Enums.CampaignItemStatus);

export const OrderDirection = builder.enumType('OrderDirection', { values: ['ASC', 'DESC'] as const });
