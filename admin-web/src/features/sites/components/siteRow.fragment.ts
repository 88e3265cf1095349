import { graphql } from "#gql";

// Rendered by SiteTable: one row of the site list.
export const SiteRowFragment = graphql(`
  fragment SiteRow on Site {
    id
    code
    name
    status
    domains
    siteIdCode
    description
    isDemo
    unit {
      id
      name
    }
    parent {
      id
      name
    }
    children {
      id
      code
      name
    }
  }
`);
