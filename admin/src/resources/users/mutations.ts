import { graphql } from '../../gql/index.js';

/** The account's state after a change, as the show page reads it (refreshed after each action). */
export const DisableUser = graphql(`
  mutation DisableUser($input: DisableUserInput!) {
    disableUser(input: $input) {
      user {
        id
        disabledAt
      }
      auditSeq
    }
  }
`);

export const EnableUser = graphql(`
  mutation EnableUser($input: EnableUserInput!) {
    enableUser(input: $input) {
      user {
        id
        disabledAt
        lockedUntil
      }
      auditSeq
    }
  }
`);

export const ChangeUserRole = graphql(`
  mutation ChangeUserRole($input: ChangeUserRoleInput!) {
    changeUserRole(input: $input) {
      user {
        id
        role
      }
      auditSeq
    }
  }
`);
