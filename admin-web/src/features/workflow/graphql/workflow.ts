import { graphql } from "#gql";

export const WorkflowDocument = graphql(`
  query Workflow($siteId: ID!) {
    workflow(siteId: $siteId) {
      site {
        id
      }
      stages {
        order
        name
        roleCode
      }
    }
  }
`);
