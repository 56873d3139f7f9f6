import { graphql } from '../../gql/index.js';

export const DraftTemplate = graphql(`
  mutation DraftAgreementTemplate($input: DraftAgreementTemplateInput!) {
    draftAgreementTemplate(input: $input) {
      template {
        ...TemplateRow
      }
      auditSeq
    }
  }
`);

export const UpdateTemplate = graphql(`
  mutation UpdateAgreementTemplate($input: UpdateAgreementTemplateInput!) {
    updateAgreementTemplate(input: $input) {
      template {
        ...TemplateRow
      }
      auditSeq
    }
  }
`);

export const PublishTemplate = graphql(`
  mutation PublishAgreementTemplate($input: PublishAgreementTemplateInput!) {
    publishAgreementTemplate(input: $input) {
      template {
        ...TemplateRow
      }
      auditSeq
    }
  }
`);

export const StartCampaign = graphql(`
  mutation StartResigningCampaign($input: StartResigningCampaignInput!) {
    startResigningCampaign(input: $input) {
      campaign {
        id
        status
        total
      }
      auditSeq
    }
  }
`);

export const StartReplay = graphql(`
  mutation StartWhatIfReplay($input: StartWhatIfReplayInput!) {
    startWhatIfReplay(input: $input) {
      replay {
        id
        status
      }
      auditSeq
    }
  }
`);
