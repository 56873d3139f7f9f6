import { graphql } from '../../gql/index.js';

export const CreateApiClient = graphql(`
  mutation CreateApiClient($input: CreateApiClientInput!) {
    createApiClient(input: $input) {
      apiClient {
        id
        name
        role
      }
      auditSeq
    }
  }
`);

/** `key` is in this answer only: the console shows it once and never stores it. */
export const IssueApiKey = graphql(`
  mutation IssueApiKey($input: IssueApiKeyInput!) {
    issueApiKey(input: $input) {
      key
      apiKey {
        id
        prefix
        label
        expiresAt
      }
      auditSeq
    }
  }
`);

export const RotateApiKey = graphql(`
  mutation RotateApiKey($input: RotateApiKeyInput!) {
    rotateApiKey(input: $input) {
      key
      apiKey {
        id
        prefix
        label
        expiresAt
      }
      previous {
        id
        prefix
        revokedAt
        expiresAt
      }
      auditSeq
    }
  }
`);

export const RevokeApiKey = graphql(`
  mutation RevokeApiKey($input: RevokeApiKeyInput!) {
    revokeApiKey(input: $input) {
      apiKey {
        id
        prefix
        revokedAt
        active
      }
      auditSeq
    }
  }
`);

/** Stops the client and all its keys at once (its sockets close); no key can be issued after. */
export const DisableApiClient = graphql(`
  mutation DisableApiClient($input: DisableApiClientInput!) {
    disableApiClient(input: $input) {
      apiClient {
        id
        disabledAt
      }
      auditSeq
    }
  }
`);

/** Lets a disabled client's keys that are neither revoked nor expired work again. */
export const EnableApiClient = graphql(`
  mutation EnableApiClient($input: EnableApiClientInput!) {
    enableApiClient(input: $input) {
      apiClient {
        id
        disabledAt
      }
      auditSeq
    }
  }
`);
