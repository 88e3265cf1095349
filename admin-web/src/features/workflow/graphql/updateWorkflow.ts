import { graphql } from "#gql";

export const UpdateWorkflowDocument = graphql(`
  mutation UpdateWorkflow($siteId: ID!, $stages: [WorkflowStageInput!]!) {
    updateWorkflow(siteId: $siteId, stages: $stages) {
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
