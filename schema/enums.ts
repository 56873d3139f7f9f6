import * as Enums from '../server/db/generated/prisma/enums.js';
import { builder } from './builder.js';

/**
 * Every Prisma enum becomes a GraphQL enum of the same name and values, so the API and the
 * database speak one vocabulary (docs/domain/README.md). Refs are exported for use in fields and inputs.
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
export const InsuredSuspensionScope = enumOf(
  'InsuredSuspensionScope',
  Enums.InsuredSuspensionScope,
  "What an insured person's settlement suspension refuses: ALL_DIRECT_SETTLEMENT every direct settlement (暂停医保直接结算); CHRONIC_PHARMACY only chronic-disease (门诊规定病种) settlements at designated pharmacies, the person still treated at the chosen hospital.",
);
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
export const RuleHitStep = enumOf('RuleHitStep', Enums.RuleHitStep, '疑点处理环节: 初审 → 复审 → 陈述申辩 → 调查核实 → 处理');
export const RuleHitAction = enumOf('RuleHitAction', Enums.RuleHitAction);
export const TipOffChannel = enumOf('TipOffChannel', Enums.TipOffChannel);
export const TipOffStatus = enumOf('TipOffStatus', Enums.TipOffStatus);
export const RewardKind = enumOf('RewardKind', Enums.RewardKind);
export const WebhookDeliveryStatus = enumOf('WebhookDeliveryStatus', Enums.WebhookDeliveryStatus);
export const Role = enumOf('Role', Enums.Role);
export const TemplateStatus = enumOf('TemplateStatus', Enums.TemplateStatus);
export const CampaignStatus = enumOf('CampaignStatus', Enums.CampaignStatus);
export const CampaignItemStatus = enumOf('CampaignItemStatus', Enums.CampaignItemStatus);
export const ReplayStatus = enumOf('ReplayStatus', Enums.ReplayStatus);

export const OrderDirection = builder.enumType('OrderDirection', { values: ['ASC', 'DESC'] as const });

// Admission, monthly reports, sanctions, credit basis, disclosure (issue 12).
export const ApplicationStatus = enumOf('ApplicationStatus', Enums.ApplicationStatus, '定点申请状态');
export const DrugCategory = enumOf('DrugCategory', Enums.DrugCategory);
export const SanctionKind = enumOf('SanctionKind', Enums.SanctionKind);
export const SanctionEndReason = enumOf('SanctionEndReason', Enums.SanctionEndReason);
export const DocumentKind = enumOf('DocumentKind', Enums.DocumentKind);
export const DeliveryStatus = enumOf('DeliveryStatus', Enums.DeliveryStatus);
export const ReferralKind = enumOf('ReferralKind', Enums.ReferralKind);
export const ReferralOutcome = enumOf('ReferralOutcome', Enums.ReferralOutcome);
export const CreditBasis = enumOf('CreditBasis', Enums.CreditBasis);
export const DisclosureKind = enumOf('DisclosureKind', Enums.DisclosureKind);
export const Sex = enumOf('Sex', Enums.Sex);
export const InsuranceType = enumOf('InsuranceType', Enums.InsuranceType, '险种');
export const VisitType = enumOf('VisitType', Enums.VisitType, '就诊类型');
export const SettlementCategory = enumOf('SettlementCategory', Enums.SettlementCategory, '结算类别');
export const ClaimLineCategory = enumOf('ClaimLineCategory', Enums.ClaimLineCategory, '费用类别');
export const KnowledgeKind = enumOf('KnowledgeKind', Enums.KnowledgeKind, '知识库条目类别');
export const JudgementLevel = enumOf('JudgementLevel', Enums.JudgementLevel, '判定等级');
export const ScreeningRunStatus = enumOf('ScreeningRunStatus', Enums.ScreeningRunStatus);
export const CalendarDayKind = enumOf('CalendarDayKind', Enums.CalendarDayKind, '节假日安排: HOLIDAY a rest day (法定节假日), WORKING_DAY a weekend day worked (调休上班).');
