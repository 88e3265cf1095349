import { graphql } from "#gql";

export const CalendarYearDocument = graphql(`
  query CalendarYear($year: Int!) {
    calendarYear(year: $year) {
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
