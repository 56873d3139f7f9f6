import { graphql } from '../gql/index.js';

// Kept apart from auth-documents.ts while the access schema settles.
export const LoginMutation = graphql(`
  mutation AdminLogin($input: LoginInput!) {
    login(input: $input) {
      csrfToken
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation AdminLogout {
    logout {
      ended
    }
  }
`);
