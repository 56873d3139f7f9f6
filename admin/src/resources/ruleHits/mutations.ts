import { graphql } from '../../gql/index.js';

export const ReviewRuleHit = graphql(`
  mutation ReviewRuleHit($input: RuleHitStepInput!) {
    reviewRuleHit(input: $input) {
      ruleHit {
        ...RuleHitRow
      }
      auditSeq
    }
  }
`);

export const ReexamineRuleHit = graphql(`
  mutation ReexamineRuleHit($input: RuleHitStepInput!) {
    reexamineRuleHit(input: $input) {
      ruleHit {
        ...RuleHitRow
      }
      auditSeq
    }
  }
`);

export const AnswerRuleHit = graphql(`
  mutation AnswerRuleHit($input: RuleHitStepInput!) {
    answerRuleHit(input: $input) {
      ruleHit {
        ...RuleHitRow
      }
      auditSeq
    }
  }
`);

export const InvestigateRuleHit = graphql(`
  mutation InvestigateRuleHit($input: InvestigateRuleHitInput!) {
    investigateRuleHit(input: $input) {
      ruleHit {
        ...RuleHitRow
      }
      auditSeq
    }
  }
`);

export const DismissRuleHit = graphql(`
  mutation DismissRuleHit($input: RuleHitStepInput!) {
    dismissRuleHit(input: $input) {
      ruleHit {
        ...RuleHitRow
      }
      auditSeq
    }
  }
`);

export const ConfirmRuleHits = graphql(`
  mutation ConfirmRuleHits($input: ConfirmRuleHitsInput!) {
    confirmRuleHits(input: $input) {
      confirmed {
        ruleHit {
          ...RuleHitRow
        }
        finding {
          id
          number
        }
        auditSeq
      }
    }
  }
`);

export const UpdateReviewDeadlines = graphql(`
  mutation UpdateReviewDeadlines($input: UpdateReviewDeadlinesInput!) {
    updateReviewDeadlines(input: $input) {
      reviewDeadlines {
        initialReviewDays
        reexaminationDays
        statementDays
        investigationDays
        handlingDays
      }
      auditSeq
    }
  }
`);
