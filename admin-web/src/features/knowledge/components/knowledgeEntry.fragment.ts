import { graphql } from "#gql";

export const KnowledgeEntryFieldsFragment = graphql(`
  fragment KnowledgeEntryFields on KnowledgeEntry {
    id
    source
    title
    question
    answer
    category
    unitId
    siteId
    letterId
    withdrawn
    helpfulCount
    unhelpfulCount
    answeredAt
  }
`);
