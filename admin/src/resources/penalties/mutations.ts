import { graphql } from '../../gql/index.js';

export const ProposePenalty = graphql(`
  mutation ProposePenalty($input: ProposePenaltyInput!) {
    proposePenalty(input: $input) {
      penalty {
        ...PenaltyRow
      }
      auditSeq
    }
  }
`);

export const IssuePenalty = graphql(`
  mutation IssuePenalty($input: IssuePenaltyInput!) {
    issuePenalty(input: $input) {
      penalty {
        ...PenaltyRow
      }
      auditSeq
    }
  }
`);

export const FileAppeal = graphql(`
  mutation FileAppeal($input: FileAppealInput!) {
    fileAppeal(input: $input) {
      penalty {
        ...PenaltyRow
      }
      auditSeq
    }
  }
`);

export const DecideAppeal = graphql(`
  mutation DecideAppeal($input: DecideAppealInput!) {
    decideAppeal(input: $input) {
      penalty {
        ...PenaltyRow
      }
      auditSeq
    }
  }
`);

export const ExecutePenalty = graphql(`
  mutation ExecutePenalty($input: ExecutePenaltyInput!) {
    executePenalty(input: $input) {
      penalty {
        ...PenaltyRow
      }
      auditSeq
    }
  }
`);

export const ClosePenalty = graphql(`
  mutation ClosePenalty($input: ClosePenaltyInput!) {
    closePenalty(input: $input) {
      penalty {
        ...PenaltyRow
      }
      auditSeq
    }
  }
`);

export const PenaltyPreviewQuery = graphql(`
  query AdminPenaltyPreview($input: PenaltyPreviewInput!) {
    penaltyPreview(input: $input) {
      ok
      violatingAmountFen
      target
      baseAmountFen
      multiple
      amountFen
      durationMonths
      issues {
        path
        message
        messageZh
      }
    }
  }
`);

/** The insured persons a penalty form offers: the finding's insurer's, by name in part or ID number whole. */
export const InsuredPersonChoices = graphql(`
  query PenaltyInsuredPersonChoices($filter: InsuredPersonFilter) {
    insuredPersons(first: 20, filter: $filter) {
      edges {
        node {
          id
          nameZh
          idNumber
        }
      }
    }
  }
`);
