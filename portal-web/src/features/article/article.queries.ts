// Published articles as the portal reads them: only PublishedArticle (built from immutable published revisions).
import { graphql } from "../../gql";

export const publishedArticleItemFragment = graphql(`
  fragment PublishedArticleItem on PublishedArticle {
    id
    title
    summary
    coverImageUrl
    pinned
    headline
    carousel
    publishedAt
    updatedAt
    channel {
      id
      name
      path
    }
  }
`);

export const publishedArticleDetailFragment = graphql(`
  fragment PublishedArticleDetail on PublishedArticle {
    ...PublishedArticleItem
    subtitle
    source
    author
    body
    keywords
    tags
    attachments {
      mediaId
      name
      url
    }
    site {
      id
    }
    origin {
      siteName
      url
    }
    channel {
      id
      name
      path
      kind
      updateClass
    }
  }
`);

/** The home page: a window of the site's latest articles (for headline, carousel, pinned) and a block per channel. */
export const siteHomeQuery = graphql(`
  query PortalSiteHome($siteId: ID!, $recent: Int!, $perChannel: Int!) {
    publishedArticles(siteId: $siteId, offset: 0, limit: $recent) {
      items {
        ...PublishedArticleItem
      }
    }
    site(id: $siteId) {
      id
      topics {
        id
        name
        slug
      }
      channels {
        id
        kind
        publishedArticles(offset: 0, limit: $perChannel) {
          items {
            ...PublishedArticleItem
          }
        }
        children {
          id
          kind
          publishedArticles(offset: 0, limit: $perChannel) {
            items {
              ...PublishedArticleItem
            }
          }
        }
      }
    }
  }
`);

export const channelArticlesQuery = graphql(`
  query PortalChannelArticles($channelId: ID!, $offset: Int!, $limit: Int!) {
    channel(id: $channelId) {
      id
      publishedArticles(offset: $offset, limit: $limit) {
        total
        items {
          ...PublishedArticleItem
        }
      }
    }
  }
`);

/** A single-page channel shows its latest published article. */
export const channelSinglePageQuery = graphql(`
  query PortalChannelSinglePage($channelId: ID!) {
    channel(id: $channelId) {
      id
      publishedArticles(offset: 0, limit: 1) {
        items {
          ...PublishedArticleDetail
        }
      }
    }
  }
`);

export const articleQuery = graphql(`
  query PortalArticle($id: ID!) {
    publishedArticle(id: $id) {
      ...PublishedArticleDetail
    }
  }
`);

export const feedArticlesQuery = graphql(`
  query PortalFeedArticles($siteId: ID!, $channelId: ID, $limit: Int!) {
    publishedArticles(siteId: $siteId, channelId: $channelId, offset: 0, limit: $limit) {
      items {
        ...PublishedArticleDetail
      }
    }
  }
`);

export const sitemapArticlesQuery = graphql(`
  query PortalSitemapArticles($siteId: ID!, $offset: Int!, $limit: Int!) {
    publishedArticles(siteId: $siteId, offset: $offset, limit: $limit) {
      total
      items {
        id
        updatedAt
        channel {
          id
          path
        }
      }
    }
  }
`);
