import { graphql } from "#gql";

export const PlatformSettingsDocument = graphql(`
  query PlatformSettings {
    platformSettings {
      greyMode
      greyModeChangedAt
    }
  }
`);
