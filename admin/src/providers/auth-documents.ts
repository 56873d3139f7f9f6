import { graphql } from '../gql/index.js';

export const ViewerQuery = graphql(`
  query AdminViewer {
    viewer {
      name
      role
      actorType
      insurerId
      providerId
      capabilities
    }
  }
`);
