import { graphql } from "#gql";

export const ExportLexiconDocument = graphql(`
  query ExportLexicon($format: LexiconFileFormat!, $scope: LexiconScope, $unitId: ID) {
    exportLexicon(format: $format, scope: $scope, unitId: $unitId) {
      filename
      contentType
      content
    }
  }
`);
