// What every page of a site needs: the layout, the channel tree (three levels) and the sub-sites.
import { graphql } from "../../gql";

export const channelTreeFragment = graphql(`
  fragment ChannelTree on Channel {
    ...ChannelLink
    children {
      ...ChannelLink
      children {
        ...ChannelLink
      }
    }
  }
`);

export const siteShellFragment = graphql(`
  fragment SiteShell on Site {
    ...SiteLayout
    status
    description
    theme {
      primaryColor
    }
    homeLayout {
      kind
      channelId
      title
    }
    unit {
      id
      name
      kind
    }
    parent {
      id
    }
    children {
      id
      code
      name
    }
    channels {
      ...ChannelTree
    }
  }
`);

export const siteByCodeQuery = graphql(`
  query PortalSiteByCode($code: String!) {
    siteByCode(code: $code) {
      ...SiteShell
    }
    platformSettings {
      greyMode
    }
  }
`);

export const siteByDomainQuery = graphql(`
  query PortalSiteByDomain($domain: String!) {
    siteByDomain(domain: $domain) {
      ...SiteShell
    }
    platformSettings {
      greyMode
    }
  }
`);
