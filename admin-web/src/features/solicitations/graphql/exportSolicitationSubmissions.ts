import { graphql } from "#gql";

export const ExportSolicitationSubmissionsDocument = graphql(`
  mutation ExportSolicitationSubmissions($id: ID!) {
    exportSolicitationSubmissions(id: $id) {
      filename
      contentType
      content
    }
  }
`);
