import { graphql } from '../../gql/index.js';

export const DraftAgreement = graphql(`
  mutation DraftAgreement($input: DraftAgreementInput!) {
    draftAgreement(input: $input) {
      agreement {
        ...AgreementRow
      }
      auditSeq
    }
  }
`);

export const SignAgreement = graphql(`
  mutation SignAgreement($input: SignAgreementInput!) {
    signAgreement(input: $input) {
      agreement {
        ...AgreementRow
      }
      auditSeq
    }
  }
`);

export const AmendAgreement = graphql(`
  mutation AmendAgreement($input: AmendAgreementInput!) {
    amendAgreement(input: $input) {
      agreement {
        ...AgreementRow
      }
      auditSeq
    }
  }
`);

export const SuspendAgreement = graphql(`
  mutation SuspendAgreement($input: SuspendAgreementInput!) {
    suspendAgreement(input: $input) {
      agreement {
        ...AgreementRow
      }
      auditSeq
    }
  }
`);

export const ResumeAgreement = graphql(`
  mutation ResumeAgreement($input: ResumeAgreementInput!) {
    resumeAgreement(input: $input) {
      agreement {
        ...AgreementRow
      }
      auditSeq
    }
  }
`);

export const TerminateAgreement = graphql(`
  mutation TerminateAgreement($input: TerminateAgreementInput!) {
    terminateAgreement(input: $input) {
      agreement {
        ...AgreementRow
      }
      auditSeq
    }
  }
`);

export const RenewAgreement = graphql(`
  mutation RenewAgreement($input: RenewAgreementInput!) {
    renewAgreement(input: $input) {
      agreement {
        ...AgreementRow
      }
      auditSeq
    }
  }
`);

export const UpdateDraftAgreement = graphql(`
  mutation UpdateDraftAgreement($input: UpdateDraftAgreementInput!) {
    updateDraftAgreement(input: $input) {
      agreement {
        ...AgreementRow
      }
      auditSeq
    }
  }
`);
