import { graphql } from "../../gql";

export const knowledgeListQuery = graphql(`
  query PortalKnowledgeList($siteId: ID!, $search: String, $category: String, $first: Int!, $offset: Int!) {
    knowledgeEntries(siteId: $siteId, search: $search, category: $category, first: $first, offset: $offset) {
      totalCount
      nodes {
        id
        title
        question
        category
        answeredAt
      }
    }
    knowledgeCategories(siteId: $siteId) {
      category
      count
    }
  }
`);

export const knowledgeEntryQuery = graphql(`
  query PortalKnowledgeEntry($id: ID!) {
    knowledgeEntry(id: $id) {
      id
      source
      title
      question
      answer
      category
      answeredAt
      unitId
      siteId
    }
  }
`);

export const knowledgeSuggestQuery = graphql(`
  query PortalKnowledgeSuggest($text: String!) {
    knowledgeSuggestions(text: $text, first: 10) {
      id
      title
      unitId
      siteId
    }
  }
`);

export const knowledgeVoteMutation = graphql(`
  mutation PortalKnowledgeVote($id: ID!, $helpful: Boolean!, $visitorId: String) {
    voteKnowledgeEntry(id: $id, helpful: $helpful, visitorId: $visitorId) {
      id
      helpfulCount
      unhelpfulCount
    }
  }
`);

export const knowledgeFeedbackQuery = graphql(`
  query PortalKnowledgeFeedback($id: ID!) {
    knowledgeEntry(id: $id) {
      id
      title
      helpfulCount
      unhelpfulCount
      unitId
      siteId
    }
  }
`);
