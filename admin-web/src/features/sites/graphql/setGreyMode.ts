import { graphql } from "#gql";

export const SetGreyModeDocument = graphql(`
  mutation SetGreyMode($enabled: Boolean!) {
    setGreyMode(enabled: $enabled) {
      greyMode
      greyModeChangedAt
    }
  }
`);
