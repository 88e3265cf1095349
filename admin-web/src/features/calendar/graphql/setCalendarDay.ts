import { graphql } from "#gql";

export const SetCalendarDayDocument = graphql(`
  mutation SetCalendarDay($input: SetCalendarDayInput!) {
    setCalendarDay(input: $input) {
      date
      kind
      name
      source
    }
  }
`);
