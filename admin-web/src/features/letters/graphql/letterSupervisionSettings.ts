import { graphql } from "#gql";

export const LetterSupervisionSettingsDocument = graphql(`
  query LetterSupervisionSettings {
    letterSupervisionSettings {
      warnWorkdays
      reminderHours
    }
  }
`);
