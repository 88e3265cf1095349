import { graphql } from "#gql";

export const SetCalendarYearCoveredDocument = graphql(`
  mutation SetCalendarYearCovered($year: Int!, $covered: Boolean!) {
    setCalendarYearCovered(year: $year, covered: $covered) {
      year
      covered
      days {
        date
        kind
        name
        source
      }
    }
  }
`);
