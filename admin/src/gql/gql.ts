/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AdminDashboard($from: Date, $to: Date) {\n    dashboard(from: $from, to: $to) {\n      penaltiesByMonth { month penalisedFen recoveredFen count }\n      penaltiesByViolation { violationTypeId code nameZh nameEn penalisedFen recoveredFen count }\n      violatingShare { month category violatingFen share }\n      agreementsByStatus { status count }\n    }\n    agreementsExpiringSoon(first: 10, days: 90) {\n      totalCount\n      edges { node { id number kind status endsOn provider { id nameZh nameEn } partner { id nameZh nameEn } } }\n    }\n  }\n": typeof types.AdminDashboardDocument,
    "\n  query AdminViewer {\n    viewer {\n      name\n      role\n      actorType\n      insurerId\n      providerId\n      capabilities\n    }\n  }\n": typeof types.AdminViewerDocument,
    "\n  mutation AdminLogin($input: LoginInput!) {\n    login(input: $input) {\n      csrfToken\n    }\n  }\n": typeof types.AdminLoginDocument,
    "\n  mutation AdminLogout {\n    logout {\n      ended\n    }\n  }\n": typeof types.AdminLogoutDocument,
    "\n  mutation DraftAgreement($input: DraftAgreementInput!) {\n    draftAgreement(input: $input) { agreement { ...AgreementRow } auditSeq }\n  }\n": typeof types.DraftAgreementDocument,
    "\n  mutation SignAgreement($input: SignAgreementInput!) {\n    signAgreement(input: $input) { agreement { ...AgreementRow } auditSeq }\n  }\n": typeof types.SignAgreementDocument,
    "\n  mutation AmendAgreement($input: AmendAgreementInput!) {\n    amendAgreement(input: $input) { agreement { ...AgreementRow } auditSeq }\n  }\n": typeof types.AmendAgreementDocument,
    "\n  mutation SuspendAgreement($input: SuspendAgreementInput!) {\n    suspendAgreement(input: $input) { agreement { ...AgreementRow } auditSeq }\n  }\n": typeof types.SuspendAgreementDocument,
    "\n  mutation ResumeAgreement($input: ResumeAgreementInput!) {\n    resumeAgreement(input: $input) { agreement { ...AgreementRow } auditSeq }\n  }\n": typeof types.ResumeAgreementDocument,
    "\n  mutation TerminateAgreement($input: TerminateAgreementInput!) {\n    terminateAgreement(input: $input) { agreement { ...AgreementRow } auditSeq }\n  }\n": typeof types.TerminateAgreementDocument,
    "\n  mutation RenewAgreement($input: RenewAgreementInput!) {\n    renewAgreement(input: $input) { agreement { ...AgreementRow } auditSeq }\n  }\n": typeof types.RenewAgreementDocument,
    "\n  fragment AgreementRow on Agreement {\n    id\n    number\n    family\n    kind\n    status\n    suspensionScope\n    startsOn\n    endsOn\n    version\n    currentVersionNo\n    insurer { id nameZh nameEn }\n    provider { id nameZh nameEn }\n    partner { id nameZh nameEn }\n  }\n": typeof types.AgreementRowFragmentDoc,
    "\n  query AgreementList($first: Int, $after: String, $filter: AgreementFilter, $orderBy: AgreementOrder) {\n    agreements(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { ...AgreementRow } }\n    }\n  }\n": typeof types.AgreementListDocument,
    "\n  query AgreementMany($ids: [ID!]!) {\n    nodes(ids: $ids) { ... on Agreement { ...AgreementRow } }\n  }\n": typeof types.AgreementManyDocument,
    "\n  fragment AgreementTerms on AgreementVersion {\n    id\n    versionNo\n    templateCode\n    templateVersion\n    changeNote\n    effectiveFrom\n    createdAt\n    clauses(first: 50) { totalCount edges { node { id clauseNo titleZh titleEn bodyZh bodyEn } } }\n    indicators(first: 20) { totalCount edges { node { id metric comparator threshold unit breachMeasure } } }\n  }\n": typeof types.AgreementTermsFragmentDoc,
    "\n  query AgreementOne($id: ID!) {\n    agreement(id: $id) {\n      ...AgreementRow\n      entrustedWork\n      signedAt\n      terminatedAt\n      createdAt\n      updatedAt\n      renewedFrom { id number }\n      renewedBy { id number }\n      provider { id nameZh nameEn code status reapplicationBannedUntil }\n      partner { id nameZh nameEn code }\n      currentVersion { id versionNo templateCode templateVersion effectiveFrom }\n      versions(first: 20) { totalCount edges { node { id versionNo templateCode templateVersion changeNote effectiveFrom createdAt } } }\n      transitions(first: 50) {\n        totalCount\n        edges { node { id action fromStatus toStatus reason effectiveOn actorType actorId occurredAt } }\n      }\n    }\n  }\n": typeof types.AgreementOneDocument,
    "\n  query AgreementVersionTerms($id: ID!) {\n    node(id: $id) { ... on AgreementVersion { ...AgreementTerms } }\n  }\n": typeof types.AgreementVersionTermsDocument,
    "\n  fragment AuditEventRow on AuditEvent {\n    id seq type subject entityType entityId time actorType actorId requestId data hash\n  }\n": typeof types.AuditEventRowFragmentDoc,
    "\n  query AuditEventsLatest($last: Int, $types: [String!], $subject: String, $actor: String) {\n    auditEvents(last: $last, types: $types, subject: $subject, actor: $actor) {\n      totalCount\n      edges { node { ...AuditEventRow } }\n    }\n  }\n": typeof types.AuditEventsLatestDocument,
    "\n  subscription AuditEventsLive($after: String, $types: [String!], $subject: String) {\n    auditEvents(after: $after, types: $types, subject: $subject) {\n      __typename\n      ... on AuditEvent { ...AuditEventRow }\n      ... on AuditHeartbeat { latestSeq at }\n    }\n  }\n": typeof types.AuditEventsLiveDocument,
    "\n  query VerifyAuditChain {\n    verifyAuditChain { ok checkedCount fromSeq toSeq lastHash firstBroken { seq problem message } }\n  }\n": typeof types.VerifyAuditChainDocument,
    "\n  fragment FindingRow on Finding {\n    id number status source foundOn violatingAmountFen version description\n    agreement { id number }\n    provider { id nameZh nameEn }\n    violationType { id code nameZh nameEn category }\n  }\n": typeof types.FindingRowFragmentDoc,
    "\n  query FindingList($first: Int, $after: String, $filter: FindingFilter, $orderBy: FindingOrder) {\n    findings(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { ...FindingRow } }\n    }\n  }\n": typeof types.FindingListDocument,
    "\n  query FindingOne($id: ID!) {\n    finding(id: $id) {\n      ...FindingRow\n      evidence occurredFrom occurredTo createdAt updatedAt\n      physician { id nameZh nameEn }\n      partner { id nameZh nameEn }\n      penalties(first: 50) { totalCount edges { node { id number measure status amountFen proposedAt } } }\n    }\n  }\n": typeof types.FindingOneDocument,
    "\n  query FindingMany($ids: [ID!]!) {\n    nodes(ids: $ids) { ... on Finding { ...FindingRow } }\n  }\n": typeof types.FindingManyDocument,
    "\n  query InsurerList($first: Int, $after: String, $filter: InsurerFilter, $orderBy: InsurerOrder) {\n    insurers(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { id code nameZh nameEn level regionCode regionZh regionEn version } }\n    }\n  }\n": typeof types.InsurerListDocument,
    "\n  query InsurerOne($id: ID!) {\n    insurer(id: $id) {\n      id code nameZh nameEn level regionCode regionZh regionEn version createdAt updatedAt\n      agreements(first: 50) { totalCount edges { node { id number kind status endsOn } } }\n    }\n  }\n": typeof types.InsurerOneDocument,
    "\n  query InsurerMany($ids: [ID!]!) {\n    nodes(ids: $ids) { ... on Insurer { id code nameZh nameEn } }\n  }\n": typeof types.InsurerManyDocument,
    "\n  query PartnerList($first: Int, $after: String, $filter: PartnerFilter, $orderBy: PartnerOrder) {\n    partners(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { id code nameZh nameEn kind unifiedSocialCreditCode status version } }\n    }\n  }\n": typeof types.PartnerListDocument,
    "\n  query PartnerOne($id: ID!) {\n    partner(id: $id) {\n      id code nameZh nameEn kind unifiedSocialCreditCode status version createdAt updatedAt\n      agreements(first: 50) { totalCount edges { node { id number kind status endsOn } } }\n    }\n  }\n": typeof types.PartnerOneDocument,
    "\n  query PartnerMany($ids: [ID!]!) {\n    nodes(ids: $ids) { ... on Partner { id code nameZh nameEn } }\n  }\n": typeof types.PartnerManyDocument,
    "\n  mutation ProposePenalty($input: ProposePenaltyInput!) {\n    proposePenalty(input: $input) { penalty { ...PenaltyRow } auditSeq }\n  }\n": typeof types.ProposePenaltyDocument,
    "\n  mutation IssuePenalty($input: IssuePenaltyInput!) {\n    issuePenalty(input: $input) { penalty { ...PenaltyRow } auditSeq }\n  }\n": typeof types.IssuePenaltyDocument,
    "\n  mutation FileAppeal($input: FileAppealInput!) {\n    fileAppeal(input: $input) { penalty { ...PenaltyRow } auditSeq }\n  }\n": typeof types.FileAppealDocument,
    "\n  mutation DecideAppeal($input: DecideAppealInput!) {\n    decideAppeal(input: $input) { penalty { ...PenaltyRow } auditSeq }\n  }\n": typeof types.DecideAppealDocument,
    "\n  mutation ExecutePenalty($input: ExecutePenaltyInput!) {\n    executePenalty(input: $input) { penalty { ...PenaltyRow } auditSeq }\n  }\n": typeof types.ExecutePenaltyDocument,
    "\n  mutation ClosePenalty($input: ClosePenaltyInput!) {\n    closePenalty(input: $input) { penalty { ...PenaltyRow } auditSeq }\n  }\n": typeof types.ClosePenaltyDocument,
    "\n  query AdminPenaltyPreview($input: PenaltyPreviewInput!) {\n    penaltyPreview(input: $input) { ok violatingAmountFen target baseAmountFen multiple amountFen durationMonths issues { path message } }\n  }\n": typeof types.AdminPenaltyPreviewDocument,
    "\n  fragment PenaltyRow on Penalty {\n    id number status measure target amountFen baseAmountFen multiple recoveredAmountFen version\n    proposedAt issuedAt appealDeadline\n    provider { id nameZh nameEn }\n    agreement { id number }\n    finding { id number }\n  }\n": typeof types.PenaltyRowFragmentDoc,
    "\n  query PenaltyList($first: Int, $after: String, $filter: PenaltyFilter, $orderBy: PenaltyOrder) {\n    penalties(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { ...PenaltyRow } }\n    }\n  }\n": typeof types.PenaltyListDocument,
    "\n  query PenaltyOne($id: ID!) {\n    penalty(id: $id) {\n      ...PenaltyRow\n      durationMonths rectificationDueOn effectiveFrom effectiveUntil legalBasis clauseRef notes\n      decidedAt executedAt closedAt createdAt updatedAt\n      physician { id nameZh nameEn }\n      finding { id number violatingAmountFen violationType { id nameZh nameEn } }\n      appeals(first: 20) {\n        totalCount\n        edges { node { id kind grounds filedAt filedByType decision decisionReason reducedAmountFen decidedAt } }\n      }\n    }\n  }\n": typeof types.PenaltyOneDocument,
    "\n  query PenaltyMany($ids: [ID!]!) {\n    nodes(ids: $ids) { ... on Penalty { ...PenaltyRow } }\n  }\n": typeof types.PenaltyManyDocument,
    "\n  query PhysicianList($first: Int, $after: String, $filter: PhysicianFilter, $orderBy: PhysicianOrder) {\n    physicians(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { id code nameZh nameEn profession status licenceNumber billingSuspendedUntil primaryProvider { id nameZh nameEn } } }\n    }\n  }\n": typeof types.PhysicianListDocument,
    "\n  query PhysicianOne($id: ID!) {\n    physician(id: $id) {\n      id code nameZh nameEn idNumber licenceNumber profession status billingSuspendedUntil version createdAt updatedAt\n      primaryProvider { id nameZh nameEn }\n      penalties(first: 50) { totalCount edges { node { id number measure status } } }\n    }\n  }\n": typeof types.PhysicianOneDocument,
    "\n  query PhysicianMany($ids: [ID!]!) {\n    nodes(ids: $ids) { ... on Physician { id code nameZh nameEn } }\n  }\n": typeof types.PhysicianManyDocument,
    "\n  query ProviderList($first: Int, $after: String, $filter: ProviderFilter, $orderBy: ProviderOrder) {\n    providers(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { id code nameZh nameEn kind hospitalGrade ownership regionCode status reapplicationBannedUntil insurer { id nameZh nameEn } } }\n    }\n  }\n": typeof types.ProviderListDocument,
    "\n  query ProviderOne($id: ID!) {\n    provider(id: $id) {\n      id code nameZh nameEn kind hospitalGrade pharmacyClass ownership licenceScope regionCode address status\n      reapplicationBannedUntil version createdAt updatedAt\n      insurer { id nameZh nameEn }\n      agreements(first: 50) { totalCount edges { node { id number kind status endsOn } } }\n      findings(first: 50) { totalCount edges { node { id number status violatingAmountFen foundOn } } }\n      penalties(first: 50) { totalCount edges { node { id number measure status amountFen } } }\n    }\n  }\n": typeof types.ProviderOneDocument,
    "\n  query ProviderMany($ids: [ID!]!) {\n    nodes(ids: $ids) { ... on Provider { id code nameZh nameEn } }\n  }\n": typeof types.ProviderManyDocument,
};
const documents: Documents = {
    "\n  query AdminDashboard($from: Date, $to: Date) {\n    dashboard(from: $from, to: $to) {\n      penaltiesByMonth { month penalisedFen recoveredFen count }\n      penaltiesByViolation { violationTypeId code nameZh nameEn penalisedFen recoveredFen count }\n      violatingShare { month category violatingFen share }\n      agreementsByStatus { status count }\n    }\n    agreementsExpiringSoon(first: 10, days: 90) {\n      totalCount\n      edges { node { id number kind status endsOn provider { id nameZh nameEn } partner { id nameZh nameEn } } }\n    }\n  }\n": types.AdminDashboardDocument,
    "\n  query AdminViewer {\n    viewer {\n      name\n      role\n      actorType\n      insurerId\n      providerId\n      capabilities\n    }\n  }\n": types.AdminViewerDocument,
    "\n  mutation AdminLogin($input: LoginInput!) {\n    login(input: $input) {\n      csrfToken\n    }\n  }\n": types.AdminLoginDocument,
    "\n  mutation AdminLogout {\n    logout {\n      ended\n    }\n  }\n": types.AdminLogoutDocument,
    "\n  mutation DraftAgreement($input: DraftAgreementInput!) {\n    draftAgreement(input: $input) { agreement { ...AgreementRow } auditSeq }\n  }\n": types.DraftAgreementDocument,
    "\n  mutation SignAgreement($input: SignAgreementInput!) {\n    signAgreement(input: $input) { agreement { ...AgreementRow } auditSeq }\n  }\n": types.SignAgreementDocument,
    "\n  mutation AmendAgreement($input: AmendAgreementInput!) {\n    amendAgreement(input: $input) { agreement { ...AgreementRow } auditSeq }\n  }\n": types.AmendAgreementDocument,
    "\n  mutation SuspendAgreement($input: SuspendAgreementInput!) {\n    suspendAgreement(input: $input) { agreement { ...AgreementRow } auditSeq }\n  }\n": types.SuspendAgreementDocument,
    "\n  mutation ResumeAgreement($input: ResumeAgreementInput!) {\n    resumeAgreement(input: $input) { agreement { ...AgreementRow } auditSeq }\n  }\n": types.ResumeAgreementDocument,
    "\n  mutation TerminateAgreement($input: TerminateAgreementInput!) {\n    terminateAgreement(input: $input) { agreement { ...AgreementRow } auditSeq }\n  }\n": types.TerminateAgreementDocument,
    "\n  mutation RenewAgreement($input: RenewAgreementInput!) {\n    renewAgreement(input: $input) { agreement { ...AgreementRow } auditSeq }\n  }\n": types.RenewAgreementDocument,
    "\n  fragment AgreementRow on Agreement {\n    id\n    number\n    family\n    kind\n    status\n    suspensionScope\n    startsOn\n    endsOn\n    version\n    currentVersionNo\n    insurer { id nameZh nameEn }\n    provider { id nameZh nameEn }\n    partner { id nameZh nameEn }\n  }\n": types.AgreementRowFragmentDoc,
    "\n  query AgreementList($first: Int, $after: String, $filter: AgreementFilter, $orderBy: AgreementOrder) {\n    agreements(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { ...AgreementRow } }\n    }\n  }\n": types.AgreementListDocument,
    "\n  query AgreementMany($ids: [ID!]!) {\n    nodes(ids: $ids) { ... on Agreement { ...AgreementRow } }\n  }\n": types.AgreementManyDocument,
    "\n  fragment AgreementTerms on AgreementVersion {\n    id\n    versionNo\n    templateCode\n    templateVersion\n    changeNote\n    effectiveFrom\n    createdAt\n    clauses(first: 50) { totalCount edges { node { id clauseNo titleZh titleEn bodyZh bodyEn } } }\n    indicators(first: 20) { totalCount edges { node { id metric comparator threshold unit breachMeasure } } }\n  }\n": types.AgreementTermsFragmentDoc,
    "\n  query AgreementOne($id: ID!) {\n    agreement(id: $id) {\n      ...AgreementRow\n      entrustedWork\n      signedAt\n      terminatedAt\n      createdAt\n      updatedAt\n      renewedFrom { id number }\n      renewedBy { id number }\n      provider { id nameZh nameEn code status reapplicationBannedUntil }\n      partner { id nameZh nameEn code }\n      currentVersion { id versionNo templateCode templateVersion effectiveFrom }\n      versions(first: 20) { totalCount edges { node { id versionNo templateCode templateVersion changeNote effectiveFrom createdAt } } }\n      transitions(first: 50) {\n        totalCount\n        edges { node { id action fromStatus toStatus reason effectiveOn actorType actorId occurredAt } }\n      }\n    }\n  }\n": types.AgreementOneDocument,
    "\n  query AgreementVersionTerms($id: ID!) {\n    node(id: $id) { ... on AgreementVersion { ...AgreementTerms } }\n  }\n": types.AgreementVersionTermsDocument,
    "\n  fragment AuditEventRow on AuditEvent {\n    id seq type subject entityType entityId time actorType actorId requestId data hash\n  }\n": types.AuditEventRowFragmentDoc,
    "\n  query AuditEventsLatest($last: Int, $types: [String!], $subject: String, $actor: String) {\n    auditEvents(last: $last, types: $types, subject: $subject, actor: $actor) {\n      totalCount\n      edges { node { ...AuditEventRow } }\n    }\n  }\n": types.AuditEventsLatestDocument,
    "\n  subscription AuditEventsLive($after: String, $types: [String!], $subject: String) {\n    auditEvents(after: $after, types: $types, subject: $subject) {\n      __typename\n      ... on AuditEvent { ...AuditEventRow }\n      ... on AuditHeartbeat { latestSeq at }\n    }\n  }\n": types.AuditEventsLiveDocument,
    "\n  query VerifyAuditChain {\n    verifyAuditChain { ok checkedCount fromSeq toSeq lastHash firstBroken { seq problem message } }\n  }\n": types.VerifyAuditChainDocument,
    "\n  fragment FindingRow on Finding {\n    id number status source foundOn violatingAmountFen version description\n    agreement { id number }\n    provider { id nameZh nameEn }\n    violationType { id code nameZh nameEn category }\n  }\n": types.FindingRowFragmentDoc,
    "\n  query FindingList($first: Int, $after: String, $filter: FindingFilter, $orderBy: FindingOrder) {\n    findings(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { ...FindingRow } }\n    }\n  }\n": types.FindingListDocument,
    "\n  query FindingOne($id: ID!) {\n    finding(id: $id) {\n      ...FindingRow\n      evidence occurredFrom occurredTo createdAt updatedAt\n      physician { id nameZh nameEn }\n      partner { id nameZh nameEn }\n      penalties(first: 50) { totalCount edges { node { id number measure status amountFen proposedAt } } }\n    }\n  }\n": types.FindingOneDocument,
    "\n  query FindingMany($ids: [ID!]!) {\n    nodes(ids: $ids) { ... on Finding { ...FindingRow } }\n  }\n": types.FindingManyDocument,
    "\n  query InsurerList($first: Int, $after: String, $filter: InsurerFilter, $orderBy: InsurerOrder) {\n    insurers(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { id code nameZh nameEn level regionCode regionZh regionEn version } }\n    }\n  }\n": types.InsurerListDocument,
    "\n  query InsurerOne($id: ID!) {\n    insurer(id: $id) {\n      id code nameZh nameEn level regionCode regionZh regionEn version createdAt updatedAt\n      agreements(first: 50) { totalCount edges { node { id number kind status endsOn } } }\n    }\n  }\n": types.InsurerOneDocument,
    "\n  query InsurerMany($ids: [ID!]!) {\n    nodes(ids: $ids) { ... on Insurer { id code nameZh nameEn } }\n  }\n": types.InsurerManyDocument,
    "\n  query PartnerList($first: Int, $after: String, $filter: PartnerFilter, $orderBy: PartnerOrder) {\n    partners(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { id code nameZh nameEn kind unifiedSocialCreditCode status version } }\n    }\n  }\n": types.PartnerListDocument,
    "\n  query PartnerOne($id: ID!) {\n    partner(id: $id) {\n      id code nameZh nameEn kind unifiedSocialCreditCode status version createdAt updatedAt\n      agreements(first: 50) { totalCount edges { node { id number kind status endsOn } } }\n    }\n  }\n": types.PartnerOneDocument,
    "\n  query PartnerMany($ids: [ID!]!) {\n    nodes(ids: $ids) { ... on Partner { id code nameZh nameEn } }\n  }\n": types.PartnerManyDocument,
    "\n  mutation ProposePenalty($input: ProposePenaltyInput!) {\n    proposePenalty(input: $input) { penalty { ...PenaltyRow } auditSeq }\n  }\n": types.ProposePenaltyDocument,
    "\n  mutation IssuePenalty($input: IssuePenaltyInput!) {\n    issuePenalty(input: $input) { penalty { ...PenaltyRow } auditSeq }\n  }\n": types.IssuePenaltyDocument,
    "\n  mutation FileAppeal($input: FileAppealInput!) {\n    fileAppeal(input: $input) { penalty { ...PenaltyRow } auditSeq }\n  }\n": types.FileAppealDocument,
    "\n  mutation DecideAppeal($input: DecideAppealInput!) {\n    decideAppeal(input: $input) { penalty { ...PenaltyRow } auditSeq }\n  }\n": types.DecideAppealDocument,
    "\n  mutation ExecutePenalty($input: ExecutePenaltyInput!) {\n    executePenalty(input: $input) { penalty { ...PenaltyRow } auditSeq }\n  }\n": types.ExecutePenaltyDocument,
    "\n  mutation ClosePenalty($input: ClosePenaltyInput!) {\n    closePenalty(input: $input) { penalty { ...PenaltyRow } auditSeq }\n  }\n": types.ClosePenaltyDocument,
    "\n  query AdminPenaltyPreview($input: PenaltyPreviewInput!) {\n    penaltyPreview(input: $input) { ok violatingAmountFen target baseAmountFen multiple amountFen durationMonths issues { path message } }\n  }\n": types.AdminPenaltyPreviewDocument,
    "\n  fragment PenaltyRow on Penalty {\n    id number status measure target amountFen baseAmountFen multiple recoveredAmountFen version\n    proposedAt issuedAt appealDeadline\n    provider { id nameZh nameEn }\n    agreement { id number }\n    finding { id number }\n  }\n": types.PenaltyRowFragmentDoc,
    "\n  query PenaltyList($first: Int, $after: String, $filter: PenaltyFilter, $orderBy: PenaltyOrder) {\n    penalties(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { ...PenaltyRow } }\n    }\n  }\n": types.PenaltyListDocument,
    "\n  query PenaltyOne($id: ID!) {\n    penalty(id: $id) {\n      ...PenaltyRow\n      durationMonths rectificationDueOn effectiveFrom effectiveUntil legalBasis clauseRef notes\n      decidedAt executedAt closedAt createdAt updatedAt\n      physician { id nameZh nameEn }\n      finding { id number violatingAmountFen violationType { id nameZh nameEn } }\n      appeals(first: 20) {\n        totalCount\n        edges { node { id kind grounds filedAt filedByType decision decisionReason reducedAmountFen decidedAt } }\n      }\n    }\n  }\n": types.PenaltyOneDocument,
    "\n  query PenaltyMany($ids: [ID!]!) {\n    nodes(ids: $ids) { ... on Penalty { ...PenaltyRow } }\n  }\n": types.PenaltyManyDocument,
    "\n  query PhysicianList($first: Int, $after: String, $filter: PhysicianFilter, $orderBy: PhysicianOrder) {\n    physicians(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { id code nameZh nameEn profession status licenceNumber billingSuspendedUntil primaryProvider { id nameZh nameEn } } }\n    }\n  }\n": types.PhysicianListDocument,
    "\n  query PhysicianOne($id: ID!) {\n    physician(id: $id) {\n      id code nameZh nameEn idNumber licenceNumber profession status billingSuspendedUntil version createdAt updatedAt\n      primaryProvider { id nameZh nameEn }\n      penalties(first: 50) { totalCount edges { node { id number measure status } } }\n    }\n  }\n": types.PhysicianOneDocument,
    "\n  query PhysicianMany($ids: [ID!]!) {\n    nodes(ids: $ids) { ... on Physician { id code nameZh nameEn } }\n  }\n": types.PhysicianManyDocument,
    "\n  query ProviderList($first: Int, $after: String, $filter: ProviderFilter, $orderBy: ProviderOrder) {\n    providers(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { id code nameZh nameEn kind hospitalGrade ownership regionCode status reapplicationBannedUntil insurer { id nameZh nameEn } } }\n    }\n  }\n": types.ProviderListDocument,
    "\n  query ProviderOne($id: ID!) {\n    provider(id: $id) {\n      id code nameZh nameEn kind hospitalGrade pharmacyClass ownership licenceScope regionCode address status\n      reapplicationBannedUntil version createdAt updatedAt\n      insurer { id nameZh nameEn }\n      agreements(first: 50) { totalCount edges { node { id number kind status endsOn } } }\n      findings(first: 50) { totalCount edges { node { id number status violatingAmountFen foundOn } } }\n      penalties(first: 50) { totalCount edges { node { id number measure status amountFen } } }\n    }\n  }\n": types.ProviderOneDocument,
    "\n  query ProviderMany($ids: [ID!]!) {\n    nodes(ids: $ids) { ... on Provider { id code nameZh nameEn } }\n  }\n": types.ProviderManyDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminDashboard($from: Date, $to: Date) {\n    dashboard(from: $from, to: $to) {\n      penaltiesByMonth { month penalisedFen recoveredFen count }\n      penaltiesByViolation { violationTypeId code nameZh nameEn penalisedFen recoveredFen count }\n      violatingShare { month category violatingFen share }\n      agreementsByStatus { status count }\n    }\n    agreementsExpiringSoon(first: 10, days: 90) {\n      totalCount\n      edges { node { id number kind status endsOn provider { id nameZh nameEn } partner { id nameZh nameEn } } }\n    }\n  }\n"): (typeof documents)["\n  query AdminDashboard($from: Date, $to: Date) {\n    dashboard(from: $from, to: $to) {\n      penaltiesByMonth { month penalisedFen recoveredFen count }\n      penaltiesByViolation { violationTypeId code nameZh nameEn penalisedFen recoveredFen count }\n      violatingShare { month category violatingFen share }\n      agreementsByStatus { status count }\n    }\n    agreementsExpiringSoon(first: 10, days: 90) {\n      totalCount\n      edges { node { id number kind status endsOn provider { id nameZh nameEn } partner { id nameZh nameEn } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminViewer {\n    viewer {\n      name\n      role\n      actorType\n      insurerId\n      providerId\n      capabilities\n    }\n  }\n"): (typeof documents)["\n  query AdminViewer {\n    viewer {\n      name\n      role\n      actorType\n      insurerId\n      providerId\n      capabilities\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminLogin($input: LoginInput!) {\n    login(input: $input) {\n      csrfToken\n    }\n  }\n"): (typeof documents)["\n  mutation AdminLogin($input: LoginInput!) {\n    login(input: $input) {\n      csrfToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminLogout {\n    logout {\n      ended\n    }\n  }\n"): (typeof documents)["\n  mutation AdminLogout {\n    logout {\n      ended\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftAgreement($input: DraftAgreementInput!) {\n    draftAgreement(input: $input) { agreement { ...AgreementRow } auditSeq }\n  }\n"): (typeof documents)["\n  mutation DraftAgreement($input: DraftAgreementInput!) {\n    draftAgreement(input: $input) { agreement { ...AgreementRow } auditSeq }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignAgreement($input: SignAgreementInput!) {\n    signAgreement(input: $input) { agreement { ...AgreementRow } auditSeq }\n  }\n"): (typeof documents)["\n  mutation SignAgreement($input: SignAgreementInput!) {\n    signAgreement(input: $input) { agreement { ...AgreementRow } auditSeq }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AmendAgreement($input: AmendAgreementInput!) {\n    amendAgreement(input: $input) { agreement { ...AgreementRow } auditSeq }\n  }\n"): (typeof documents)["\n  mutation AmendAgreement($input: AmendAgreementInput!) {\n    amendAgreement(input: $input) { agreement { ...AgreementRow } auditSeq }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendAgreement($input: SuspendAgreementInput!) {\n    suspendAgreement(input: $input) { agreement { ...AgreementRow } auditSeq }\n  }\n"): (typeof documents)["\n  mutation SuspendAgreement($input: SuspendAgreementInput!) {\n    suspendAgreement(input: $input) { agreement { ...AgreementRow } auditSeq }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeAgreement($input: ResumeAgreementInput!) {\n    resumeAgreement(input: $input) { agreement { ...AgreementRow } auditSeq }\n  }\n"): (typeof documents)["\n  mutation ResumeAgreement($input: ResumeAgreementInput!) {\n    resumeAgreement(input: $input) { agreement { ...AgreementRow } auditSeq }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TerminateAgreement($input: TerminateAgreementInput!) {\n    terminateAgreement(input: $input) { agreement { ...AgreementRow } auditSeq }\n  }\n"): (typeof documents)["\n  mutation TerminateAgreement($input: TerminateAgreementInput!) {\n    terminateAgreement(input: $input) { agreement { ...AgreementRow } auditSeq }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenewAgreement($input: RenewAgreementInput!) {\n    renewAgreement(input: $input) { agreement { ...AgreementRow } auditSeq }\n  }\n"): (typeof documents)["\n  mutation RenewAgreement($input: RenewAgreementInput!) {\n    renewAgreement(input: $input) { agreement { ...AgreementRow } auditSeq }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgreementRow on Agreement {\n    id\n    number\n    family\n    kind\n    status\n    suspensionScope\n    startsOn\n    endsOn\n    version\n    currentVersionNo\n    insurer { id nameZh nameEn }\n    provider { id nameZh nameEn }\n    partner { id nameZh nameEn }\n  }\n"): (typeof documents)["\n  fragment AgreementRow on Agreement {\n    id\n    number\n    family\n    kind\n    status\n    suspensionScope\n    startsOn\n    endsOn\n    version\n    currentVersionNo\n    insurer { id nameZh nameEn }\n    provider { id nameZh nameEn }\n    partner { id nameZh nameEn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgreementList($first: Int, $after: String, $filter: AgreementFilter, $orderBy: AgreementOrder) {\n    agreements(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { ...AgreementRow } }\n    }\n  }\n"): (typeof documents)["\n  query AgreementList($first: Int, $after: String, $filter: AgreementFilter, $orderBy: AgreementOrder) {\n    agreements(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { ...AgreementRow } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgreementMany($ids: [ID!]!) {\n    nodes(ids: $ids) { ... on Agreement { ...AgreementRow } }\n  }\n"): (typeof documents)["\n  query AgreementMany($ids: [ID!]!) {\n    nodes(ids: $ids) { ... on Agreement { ...AgreementRow } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgreementTerms on AgreementVersion {\n    id\n    versionNo\n    templateCode\n    templateVersion\n    changeNote\n    effectiveFrom\n    createdAt\n    clauses(first: 50) { totalCount edges { node { id clauseNo titleZh titleEn bodyZh bodyEn } } }\n    indicators(first: 20) { totalCount edges { node { id metric comparator threshold unit breachMeasure } } }\n  }\n"): (typeof documents)["\n  fragment AgreementTerms on AgreementVersion {\n    id\n    versionNo\n    templateCode\n    templateVersion\n    changeNote\n    effectiveFrom\n    createdAt\n    clauses(first: 50) { totalCount edges { node { id clauseNo titleZh titleEn bodyZh bodyEn } } }\n    indicators(first: 20) { totalCount edges { node { id metric comparator threshold unit breachMeasure } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgreementOne($id: ID!) {\n    agreement(id: $id) {\n      ...AgreementRow\n      entrustedWork\n      signedAt\n      terminatedAt\n      createdAt\n      updatedAt\n      renewedFrom { id number }\n      renewedBy { id number }\n      provider { id nameZh nameEn code status reapplicationBannedUntil }\n      partner { id nameZh nameEn code }\n      currentVersion { id versionNo templateCode templateVersion effectiveFrom }\n      versions(first: 20) { totalCount edges { node { id versionNo templateCode templateVersion changeNote effectiveFrom createdAt } } }\n      transitions(first: 50) {\n        totalCount\n        edges { node { id action fromStatus toStatus reason effectiveOn actorType actorId occurredAt } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgreementOne($id: ID!) {\n    agreement(id: $id) {\n      ...AgreementRow\n      entrustedWork\n      signedAt\n      terminatedAt\n      createdAt\n      updatedAt\n      renewedFrom { id number }\n      renewedBy { id number }\n      provider { id nameZh nameEn code status reapplicationBannedUntil }\n      partner { id nameZh nameEn code }\n      currentVersion { id versionNo templateCode templateVersion effectiveFrom }\n      versions(first: 20) { totalCount edges { node { id versionNo templateCode templateVersion changeNote effectiveFrom createdAt } } }\n      transitions(first: 50) {\n        totalCount\n        edges { node { id action fromStatus toStatus reason effectiveOn actorType actorId occurredAt } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgreementVersionTerms($id: ID!) {\n    node(id: $id) { ... on AgreementVersion { ...AgreementTerms } }\n  }\n"): (typeof documents)["\n  query AgreementVersionTerms($id: ID!) {\n    node(id: $id) { ... on AgreementVersion { ...AgreementTerms } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEventRow on AuditEvent {\n    id seq type subject entityType entityId time actorType actorId requestId data hash\n  }\n"): (typeof documents)["\n  fragment AuditEventRow on AuditEvent {\n    id seq type subject entityType entityId time actorType actorId requestId data hash\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEventsLatest($last: Int, $types: [String!], $subject: String, $actor: String) {\n    auditEvents(last: $last, types: $types, subject: $subject, actor: $actor) {\n      totalCount\n      edges { node { ...AuditEventRow } }\n    }\n  }\n"): (typeof documents)["\n  query AuditEventsLatest($last: Int, $types: [String!], $subject: String, $actor: String) {\n    auditEvents(last: $last, types: $types, subject: $subject, actor: $actor) {\n      totalCount\n      edges { node { ...AuditEventRow } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AuditEventsLive($after: String, $types: [String!], $subject: String) {\n    auditEvents(after: $after, types: $types, subject: $subject) {\n      __typename\n      ... on AuditEvent { ...AuditEventRow }\n      ... on AuditHeartbeat { latestSeq at }\n    }\n  }\n"): (typeof documents)["\n  subscription AuditEventsLive($after: String, $types: [String!], $subject: String) {\n    auditEvents(after: $after, types: $types, subject: $subject) {\n      __typename\n      ... on AuditEvent { ...AuditEventRow }\n      ... on AuditHeartbeat { latestSeq at }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyAuditChain {\n    verifyAuditChain { ok checkedCount fromSeq toSeq lastHash firstBroken { seq problem message } }\n  }\n"): (typeof documents)["\n  query VerifyAuditChain {\n    verifyAuditChain { ok checkedCount fromSeq toSeq lastHash firstBroken { seq problem message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FindingRow on Finding {\n    id number status source foundOn violatingAmountFen version description\n    agreement { id number }\n    provider { id nameZh nameEn }\n    violationType { id code nameZh nameEn category }\n  }\n"): (typeof documents)["\n  fragment FindingRow on Finding {\n    id number status source foundOn violatingAmountFen version description\n    agreement { id number }\n    provider { id nameZh nameEn }\n    violationType { id code nameZh nameEn category }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindingList($first: Int, $after: String, $filter: FindingFilter, $orderBy: FindingOrder) {\n    findings(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { ...FindingRow } }\n    }\n  }\n"): (typeof documents)["\n  query FindingList($first: Int, $after: String, $filter: FindingFilter, $orderBy: FindingOrder) {\n    findings(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { ...FindingRow } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindingOne($id: ID!) {\n    finding(id: $id) {\n      ...FindingRow\n      evidence occurredFrom occurredTo createdAt updatedAt\n      physician { id nameZh nameEn }\n      partner { id nameZh nameEn }\n      penalties(first: 50) { totalCount edges { node { id number measure status amountFen proposedAt } } }\n    }\n  }\n"): (typeof documents)["\n  query FindingOne($id: ID!) {\n    finding(id: $id) {\n      ...FindingRow\n      evidence occurredFrom occurredTo createdAt updatedAt\n      physician { id nameZh nameEn }\n      partner { id nameZh nameEn }\n      penalties(first: 50) { totalCount edges { node { id number measure status amountFen proposedAt } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindingMany($ids: [ID!]!) {\n    nodes(ids: $ids) { ... on Finding { ...FindingRow } }\n  }\n"): (typeof documents)["\n  query FindingMany($ids: [ID!]!) {\n    nodes(ids: $ids) { ... on Finding { ...FindingRow } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InsurerList($first: Int, $after: String, $filter: InsurerFilter, $orderBy: InsurerOrder) {\n    insurers(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { id code nameZh nameEn level regionCode regionZh regionEn version } }\n    }\n  }\n"): (typeof documents)["\n  query InsurerList($first: Int, $after: String, $filter: InsurerFilter, $orderBy: InsurerOrder) {\n    insurers(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { id code nameZh nameEn level regionCode regionZh regionEn version } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InsurerOne($id: ID!) {\n    insurer(id: $id) {\n      id code nameZh nameEn level regionCode regionZh regionEn version createdAt updatedAt\n      agreements(first: 50) { totalCount edges { node { id number kind status endsOn } } }\n    }\n  }\n"): (typeof documents)["\n  query InsurerOne($id: ID!) {\n    insurer(id: $id) {\n      id code nameZh nameEn level regionCode regionZh regionEn version createdAt updatedAt\n      agreements(first: 50) { totalCount edges { node { id number kind status endsOn } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InsurerMany($ids: [ID!]!) {\n    nodes(ids: $ids) { ... on Insurer { id code nameZh nameEn } }\n  }\n"): (typeof documents)["\n  query InsurerMany($ids: [ID!]!) {\n    nodes(ids: $ids) { ... on Insurer { id code nameZh nameEn } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerList($first: Int, $after: String, $filter: PartnerFilter, $orderBy: PartnerOrder) {\n    partners(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { id code nameZh nameEn kind unifiedSocialCreditCode status version } }\n    }\n  }\n"): (typeof documents)["\n  query PartnerList($first: Int, $after: String, $filter: PartnerFilter, $orderBy: PartnerOrder) {\n    partners(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { id code nameZh nameEn kind unifiedSocialCreditCode status version } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerOne($id: ID!) {\n    partner(id: $id) {\n      id code nameZh nameEn kind unifiedSocialCreditCode status version createdAt updatedAt\n      agreements(first: 50) { totalCount edges { node { id number kind status endsOn } } }\n    }\n  }\n"): (typeof documents)["\n  query PartnerOne($id: ID!) {\n    partner(id: $id) {\n      id code nameZh nameEn kind unifiedSocialCreditCode status version createdAt updatedAt\n      agreements(first: 50) { totalCount edges { node { id number kind status endsOn } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerMany($ids: [ID!]!) {\n    nodes(ids: $ids) { ... on Partner { id code nameZh nameEn } }\n  }\n"): (typeof documents)["\n  query PartnerMany($ids: [ID!]!) {\n    nodes(ids: $ids) { ... on Partner { id code nameZh nameEn } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposePenalty($input: ProposePenaltyInput!) {\n    proposePenalty(input: $input) { penalty { ...PenaltyRow } auditSeq }\n  }\n"): (typeof documents)["\n  mutation ProposePenalty($input: ProposePenaltyInput!) {\n    proposePenalty(input: $input) { penalty { ...PenaltyRow } auditSeq }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssuePenalty($input: IssuePenaltyInput!) {\n    issuePenalty(input: $input) { penalty { ...PenaltyRow } auditSeq }\n  }\n"): (typeof documents)["\n  mutation IssuePenalty($input: IssuePenaltyInput!) {\n    issuePenalty(input: $input) { penalty { ...PenaltyRow } auditSeq }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileAppeal($input: FileAppealInput!) {\n    fileAppeal(input: $input) { penalty { ...PenaltyRow } auditSeq }\n  }\n"): (typeof documents)["\n  mutation FileAppeal($input: FileAppealInput!) {\n    fileAppeal(input: $input) { penalty { ...PenaltyRow } auditSeq }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideAppeal($input: DecideAppealInput!) {\n    decideAppeal(input: $input) { penalty { ...PenaltyRow } auditSeq }\n  }\n"): (typeof documents)["\n  mutation DecideAppeal($input: DecideAppealInput!) {\n    decideAppeal(input: $input) { penalty { ...PenaltyRow } auditSeq }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExecutePenalty($input: ExecutePenaltyInput!) {\n    executePenalty(input: $input) { penalty { ...PenaltyRow } auditSeq }\n  }\n"): (typeof documents)["\n  mutation ExecutePenalty($input: ExecutePenaltyInput!) {\n    executePenalty(input: $input) { penalty { ...PenaltyRow } auditSeq }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClosePenalty($input: ClosePenaltyInput!) {\n    closePenalty(input: $input) { penalty { ...PenaltyRow } auditSeq }\n  }\n"): (typeof documents)["\n  mutation ClosePenalty($input: ClosePenaltyInput!) {\n    closePenalty(input: $input) { penalty { ...PenaltyRow } auditSeq }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPenaltyPreview($input: PenaltyPreviewInput!) {\n    penaltyPreview(input: $input) { ok violatingAmountFen target baseAmountFen multiple amountFen durationMonths issues { path message } }\n  }\n"): (typeof documents)["\n  query AdminPenaltyPreview($input: PenaltyPreviewInput!) {\n    penaltyPreview(input: $input) { ok violatingAmountFen target baseAmountFen multiple amountFen durationMonths issues { path message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PenaltyRow on Penalty {\n    id number status measure target amountFen baseAmountFen multiple recoveredAmountFen version\n    proposedAt issuedAt appealDeadline\n    provider { id nameZh nameEn }\n    agreement { id number }\n    finding { id number }\n  }\n"): (typeof documents)["\n  fragment PenaltyRow on Penalty {\n    id number status measure target amountFen baseAmountFen multiple recoveredAmountFen version\n    proposedAt issuedAt appealDeadline\n    provider { id nameZh nameEn }\n    agreement { id number }\n    finding { id number }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PenaltyList($first: Int, $after: String, $filter: PenaltyFilter, $orderBy: PenaltyOrder) {\n    penalties(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { ...PenaltyRow } }\n    }\n  }\n"): (typeof documents)["\n  query PenaltyList($first: Int, $after: String, $filter: PenaltyFilter, $orderBy: PenaltyOrder) {\n    penalties(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { ...PenaltyRow } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PenaltyOne($id: ID!) {\n    penalty(id: $id) {\n      ...PenaltyRow\n      durationMonths rectificationDueOn effectiveFrom effectiveUntil legalBasis clauseRef notes\n      decidedAt executedAt closedAt createdAt updatedAt\n      physician { id nameZh nameEn }\n      finding { id number violatingAmountFen violationType { id nameZh nameEn } }\n      appeals(first: 20) {\n        totalCount\n        edges { node { id kind grounds filedAt filedByType decision decisionReason reducedAmountFen decidedAt } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PenaltyOne($id: ID!) {\n    penalty(id: $id) {\n      ...PenaltyRow\n      durationMonths rectificationDueOn effectiveFrom effectiveUntil legalBasis clauseRef notes\n      decidedAt executedAt closedAt createdAt updatedAt\n      physician { id nameZh nameEn }\n      finding { id number violatingAmountFen violationType { id nameZh nameEn } }\n      appeals(first: 20) {\n        totalCount\n        edges { node { id kind grounds filedAt filedByType decision decisionReason reducedAmountFen decidedAt } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PenaltyMany($ids: [ID!]!) {\n    nodes(ids: $ids) { ... on Penalty { ...PenaltyRow } }\n  }\n"): (typeof documents)["\n  query PenaltyMany($ids: [ID!]!) {\n    nodes(ids: $ids) { ... on Penalty { ...PenaltyRow } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PhysicianList($first: Int, $after: String, $filter: PhysicianFilter, $orderBy: PhysicianOrder) {\n    physicians(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { id code nameZh nameEn profession status licenceNumber billingSuspendedUntil primaryProvider { id nameZh nameEn } } }\n    }\n  }\n"): (typeof documents)["\n  query PhysicianList($first: Int, $after: String, $filter: PhysicianFilter, $orderBy: PhysicianOrder) {\n    physicians(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { id code nameZh nameEn profession status licenceNumber billingSuspendedUntil primaryProvider { id nameZh nameEn } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PhysicianOne($id: ID!) {\n    physician(id: $id) {\n      id code nameZh nameEn idNumber licenceNumber profession status billingSuspendedUntil version createdAt updatedAt\n      primaryProvider { id nameZh nameEn }\n      penalties(first: 50) { totalCount edges { node { id number measure status } } }\n    }\n  }\n"): (typeof documents)["\n  query PhysicianOne($id: ID!) {\n    physician(id: $id) {\n      id code nameZh nameEn idNumber licenceNumber profession status billingSuspendedUntil version createdAt updatedAt\n      primaryProvider { id nameZh nameEn }\n      penalties(first: 50) { totalCount edges { node { id number measure status } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PhysicianMany($ids: [ID!]!) {\n    nodes(ids: $ids) { ... on Physician { id code nameZh nameEn } }\n  }\n"): (typeof documents)["\n  query PhysicianMany($ids: [ID!]!) {\n    nodes(ids: $ids) { ... on Physician { id code nameZh nameEn } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProviderList($first: Int, $after: String, $filter: ProviderFilter, $orderBy: ProviderOrder) {\n    providers(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { id code nameZh nameEn kind hospitalGrade ownership regionCode status reapplicationBannedUntil insurer { id nameZh nameEn } } }\n    }\n  }\n"): (typeof documents)["\n  query ProviderList($first: Int, $after: String, $filter: ProviderFilter, $orderBy: ProviderOrder) {\n    providers(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { id code nameZh nameEn kind hospitalGrade ownership regionCode status reapplicationBannedUntil insurer { id nameZh nameEn } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProviderOne($id: ID!) {\n    provider(id: $id) {\n      id code nameZh nameEn kind hospitalGrade pharmacyClass ownership licenceScope regionCode address status\n      reapplicationBannedUntil version createdAt updatedAt\n      insurer { id nameZh nameEn }\n      agreements(first: 50) { totalCount edges { node { id number kind status endsOn } } }\n      findings(first: 50) { totalCount edges { node { id number status violatingAmountFen foundOn } } }\n      penalties(first: 50) { totalCount edges { node { id number measure status amountFen } } }\n    }\n  }\n"): (typeof documents)["\n  query ProviderOne($id: ID!) {\n    provider(id: $id) {\n      id code nameZh nameEn kind hospitalGrade pharmacyClass ownership licenceScope regionCode address status\n      reapplicationBannedUntil version createdAt updatedAt\n      insurer { id nameZh nameEn }\n      agreements(first: 50) { totalCount edges { node { id number kind status endsOn } } }\n      findings(first: 50) { totalCount edges { node { id number status violatingAmountFen foundOn } } }\n      penalties(first: 50) { totalCount edges { node { id number measure status amountFen } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProviderMany($ids: [ID!]!) {\n    nodes(ids: $ids) { ... on Provider { id code nameZh nameEn } }\n  }\n"): (typeof documents)["\n  query ProviderMany($ids: [ID!]!) {\n    nodes(ids: $ids) { ... on Provider { id code nameZh nameEn } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;