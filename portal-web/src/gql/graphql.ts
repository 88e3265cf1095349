/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** 栏目类型：列表、单页、外部链接。 */
export type ChannelKind =
  | 'LINK'
  | 'LIST'
  | 'PAGE';

/** 首页区块类型：头条、图片新闻、置顶、栏目、专题 */
export type HomeBlockKind =
  | 'CAROUSEL'
  | 'CHANNEL'
  | 'HEADLINE'
  | 'PINNED'
  | 'TOPICS';

/** 站点状态：建设中、已上线、已下线 */
export type SiteStatus =
  | 'BUILDING'
  | 'OFFLINE'
  | 'ONLINE';

/** 单位类别 */
export type UnitKind =
  /** 政协 */
  | 'CPPCC'
  /** 民主党派 */
  | 'DEMOCRATIC_PARTY'
  /** 区县党委 */
  | 'DISTRICT_COMMITTEE'
  /** 群团组织 */
  | 'MASS_ORGANIZATION'
  /** 其他 */
  | 'OTHER'
  /** 党委部门 */
  | 'PARTY_COMMITTEE'
  /** 人大 */
  | 'PEOPLES_CONGRESS';

/** 更新频率分类：动态类 14 天，通知公告/政策文件类 6 个月，其他 1 年。 */
export type UpdateClass =
  | 'DYNAMIC'
  | 'NOTICE'
  | 'OTHER';

export type PublishedArticleItemFragment = { id: string, title: string, summary: string | null, coverImageUrl: string | null, pinned: boolean, headline: boolean, carousel: boolean, publishedAt: string, updatedAt: string, channel: { id: string, name: string, path: string } };

export type PublishedArticleDetailFragment = { subtitle: string | null, source: string | null, author: string | null, body: string, keywords: Array<string>, tags: Array<string>, id: string, title: string, summary: string | null, coverImageUrl: string | null, pinned: boolean, headline: boolean, carousel: boolean, publishedAt: string, updatedAt: string, attachments: Array<{ mediaId: string, name: string, url: string | null }>, site: { id: string }, origin: { siteName: string, url: string | null } | null, channel: { id: string, name: string, path: string, kind: ChannelKind, updateClass: UpdateClass } };

export type PortalSiteHomeQueryVariables = Exact<{
  siteId: string | number;
  recent: number;
  perChannel: number;
}>;


export type PortalSiteHomeQuery = { publishedArticles: { items: Array<{ id: string, title: string, summary: string | null, coverImageUrl: string | null, pinned: boolean, headline: boolean, carousel: boolean, publishedAt: string, updatedAt: string, channel: { id: string, name: string, path: string } }> }, site: { id: string, topics: Array<{ id: string, name: string, slug: string }>, channels: Array<{ id: string, kind: ChannelKind, publishedArticles: { items: Array<{ id: string, title: string, summary: string | null, coverImageUrl: string | null, pinned: boolean, headline: boolean, carousel: boolean, publishedAt: string, updatedAt: string, channel: { id: string, name: string, path: string } }> }, children: Array<{ id: string, kind: ChannelKind, publishedArticles: { items: Array<{ id: string, title: string, summary: string | null, coverImageUrl: string | null, pinned: boolean, headline: boolean, carousel: boolean, publishedAt: string, updatedAt: string, channel: { id: string, name: string, path: string } }> } }> }> } | null };

export type PortalChannelArticlesQueryVariables = Exact<{
  channelId: string | number;
  offset: number;
  limit: number;
}>;


export type PortalChannelArticlesQuery = { channel: { id: string, publishedArticles: { total: number, items: Array<{ id: string, title: string, summary: string | null, coverImageUrl: string | null, pinned: boolean, headline: boolean, carousel: boolean, publishedAt: string, updatedAt: string, channel: { id: string, name: string, path: string } }> } } | null };

export type PortalChannelSinglePageQueryVariables = Exact<{
  channelId: string | number;
}>;


export type PortalChannelSinglePageQuery = { channel: { id: string, publishedArticles: { items: Array<{ subtitle: string | null, source: string | null, author: string | null, body: string, keywords: Array<string>, tags: Array<string>, id: string, title: string, summary: string | null, coverImageUrl: string | null, pinned: boolean, headline: boolean, carousel: boolean, publishedAt: string, updatedAt: string, attachments: Array<{ mediaId: string, name: string, url: string | null }>, site: { id: string }, origin: { siteName: string, url: string | null } | null, channel: { id: string, name: string, path: string, kind: ChannelKind, updateClass: UpdateClass } }> } } | null };

export type PortalArticleQueryVariables = Exact<{
  id: string | number;
}>;


export type PortalArticleQuery = { publishedArticle: { subtitle: string | null, source: string | null, author: string | null, body: string, keywords: Array<string>, tags: Array<string>, id: string, title: string, summary: string | null, coverImageUrl: string | null, pinned: boolean, headline: boolean, carousel: boolean, publishedAt: string, updatedAt: string, attachments: Array<{ mediaId: string, name: string, url: string | null }>, site: { id: string }, origin: { siteName: string, url: string | null } | null, channel: { id: string, name: string, path: string, kind: ChannelKind, updateClass: UpdateClass } } | null };

export type PortalFeedArticlesQueryVariables = Exact<{
  siteId: string | number;
  channelId?: string | number | null | undefined;
  limit: number;
}>;


export type PortalFeedArticlesQuery = { publishedArticles: { items: Array<{ subtitle: string | null, source: string | null, author: string | null, body: string, keywords: Array<string>, tags: Array<string>, id: string, title: string, summary: string | null, coverImageUrl: string | null, pinned: boolean, headline: boolean, carousel: boolean, publishedAt: string, updatedAt: string, attachments: Array<{ mediaId: string, name: string, url: string | null }>, site: { id: string }, origin: { siteName: string, url: string | null } | null, channel: { id: string, name: string, path: string, kind: ChannelKind, updateClass: UpdateClass } }> } };

export type PortalSitemapArticlesQueryVariables = Exact<{
  siteId: string | number;
  offset: number;
  limit: number;
}>;


export type PortalSitemapArticlesQuery = { publishedArticles: { total: number, items: Array<{ id: string, updatedAt: string, channel: { id: string, path: string } }> } };

export type PortalSiteMailboxesQueryVariables = Exact<{
  siteId: string | number;
}>;


export type PortalSiteMailboxesQuery = { site: { id: string, mailboxes: Array<{ id: string, name: string, description: string | null }> } | null };

export type PortalPlatformSitesQueryVariables = Exact<{
  offset: number;
  limit: number;
}>;


export type PortalPlatformSitesQuery = { sites: { total: number, items: Array<{ id: string, code: string, name: string, status: SiteStatus, isDemo: boolean, parent: { id: string } | null, unit: { id: string, name: string, kind: UnitKind, sortOrder: number } }> } };

export type PortalSearchQueryVariables = Exact<{
  query: string;
  siteId?: string | number | null | undefined;
  offset: number;
  limit: number;
}>;


export type PortalSearchQuery = { searchPublished: { total: number, items: Array<{ article: { id: string, publishedAt: string, site: { id: string, code: string, name: string }, channel: { id: string, name: string, path: string } }, titleHighlight: { text: string, highlights: Array<{ start: number, end: number }> }, snippet: { text: string, highlights: Array<{ start: number, end: number }> } }> } };

export type ChannelTreeFragment = { id: string, name: string, path: string, kind: ChannelKind, linkUrl: string | null, children: Array<{ id: string, name: string, path: string, kind: ChannelKind, linkUrl: string | null, children: Array<{ id: string, name: string, path: string, kind: ChannelKind, linkUrl: string | null }> }> };

export type SiteShellFragment = { status: SiteStatus, description: string | null, id: string, code: string, name: string, isDemo: boolean, siteIdCode: string | null, domains: Array<string>, theme: { primaryColor: string | null, logoUrl: string | null, bannerUrl: string | null, footerText: string | null, icpNumber: string | null, policeNumber: string | null, showGovMark: boolean }, homeLayout: Array<{ kind: HomeBlockKind, channelId: string | null, title: string | null }> | null, unit: { id: string, name: string, kind: UnitKind }, parent: { id: string, code: string, name: string } | null, children: Array<{ id: string, code: string, name: string }>, channels: Array<{ id: string, name: string, path: string, kind: ChannelKind, linkUrl: string | null, children: Array<{ id: string, name: string, path: string, kind: ChannelKind, linkUrl: string | null, children: Array<{ id: string, name: string, path: string, kind: ChannelKind, linkUrl: string | null }> }> }> };

export type PortalSiteByCodeQueryVariables = Exact<{
  code: string;
}>;


export type PortalSiteByCodeQuery = { siteByCode: { status: SiteStatus, description: string | null, id: string, code: string, name: string, isDemo: boolean, siteIdCode: string | null, domains: Array<string>, theme: { primaryColor: string | null, logoUrl: string | null, bannerUrl: string | null, footerText: string | null, icpNumber: string | null, policeNumber: string | null, showGovMark: boolean }, homeLayout: Array<{ kind: HomeBlockKind, channelId: string | null, title: string | null }> | null, unit: { id: string, name: string, kind: UnitKind }, parent: { id: string, code: string, name: string } | null, children: Array<{ id: string, code: string, name: string }>, channels: Array<{ id: string, name: string, path: string, kind: ChannelKind, linkUrl: string | null, children: Array<{ id: string, name: string, path: string, kind: ChannelKind, linkUrl: string | null, children: Array<{ id: string, name: string, path: string, kind: ChannelKind, linkUrl: string | null }> }> }> } | null, platformSettings: { greyMode: boolean } };

export type PortalSiteByDomainQueryVariables = Exact<{
  domain: string;
}>;


export type PortalSiteByDomainQuery = { siteByDomain: { status: SiteStatus, description: string | null, id: string, code: string, name: string, isDemo: boolean, siteIdCode: string | null, domains: Array<string>, theme: { primaryColor: string | null, logoUrl: string | null, bannerUrl: string | null, footerText: string | null, icpNumber: string | null, policeNumber: string | null, showGovMark: boolean }, homeLayout: Array<{ kind: HomeBlockKind, channelId: string | null, title: string | null }> | null, unit: { id: string, name: string, kind: UnitKind }, parent: { id: string, code: string, name: string } | null, children: Array<{ id: string, code: string, name: string }>, channels: Array<{ id: string, name: string, path: string, kind: ChannelKind, linkUrl: string | null, children: Array<{ id: string, name: string, path: string, kind: ChannelKind, linkUrl: string | null, children: Array<{ id: string, name: string, path: string, kind: ChannelKind, linkUrl: string | null }> }> }> } | null, platformSettings: { greyMode: boolean } };

export type PortalTopicPageQueryVariables = Exact<{
  siteId: string | number;
  slug: string;
  offset: number;
  limit: number;
}>;


export type PortalTopicPageQuery = { topicBySlug: { id: string, name: string, slug: string, description: string | null, bannerImageUrl: string | null, pinnedArticleIds: Array<string>, sourceChannels: Array<{ id: string, site: { id: string } }>, publishedArticles: { total: number, items: Array<{ id: string, title: string, summary: string | null, coverImageUrl: string | null, pinned: boolean, headline: boolean, carousel: boolean, publishedAt: string, updatedAt: string, site: { id: string, code: string }, channel: { id: string, name: string, path: string } }> } } | null };

export type ChannelLinkFragment = { id: string, name: string, path: string, kind: ChannelKind, linkUrl: string | null };

export type SiteLayoutFragment = { id: string, code: string, name: string, isDemo: boolean, siteIdCode: string | null, domains: Array<string>, theme: { logoUrl: string | null, bannerUrl: string | null, footerText: string | null, icpNumber: string | null, policeNumber: string | null, showGovMark: boolean }, unit: { id: string, name: string, kind: UnitKind }, parent: { id: string, code: string, name: string } | null, channels: Array<{ id: string, name: string, path: string, kind: ChannelKind, linkUrl: string | null }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const PublishedArticleItemFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"PublishedArticleItem"}) as unknown as TypedDocumentString<PublishedArticleItemFragment, unknown>;
export const PublishedArticleDetailFragmentDoc = new TypedDocumentString(`
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
}`, {"fragmentName":"PublishedArticleDetail"}) as unknown as TypedDocumentString<PublishedArticleDetailFragment, unknown>;
export const ChannelLinkFragmentDoc = new TypedDocumentString(`
    fragment ChannelLink on Channel {
  id
  name
  path
  kind
  linkUrl
}
    `, {"fragmentName":"ChannelLink"}) as unknown as TypedDocumentString<ChannelLinkFragment, unknown>;
export const SiteLayoutFragmentDoc = new TypedDocumentString(`
    fragment SiteLayout on Site {
  id
  code
  name
  isDemo
  siteIdCode
  domains
  theme {
    logoUrl
    bannerUrl
    footerText
    icpNumber
    policeNumber
    showGovMark
  }
  unit {
    id
    name
    kind
  }
  parent {
    id
    code
    name
  }
  channels {
    ...ChannelLink
  }
}
    fragment ChannelLink on Channel {
  id
  name
  path
  kind
  linkUrl
}`, {"fragmentName":"SiteLayout"}) as unknown as TypedDocumentString<SiteLayoutFragment, unknown>;
export const ChannelTreeFragmentDoc = new TypedDocumentString(`
    fragment ChannelTree on Channel {
  ...ChannelLink
  children {
    ...ChannelLink
    children {
      ...ChannelLink
    }
  }
}
    fragment ChannelLink on Channel {
  id
  name
  path
  kind
  linkUrl
}`, {"fragmentName":"ChannelTree"}) as unknown as TypedDocumentString<ChannelTreeFragment, unknown>;
export const SiteShellFragmentDoc = new TypedDocumentString(`
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
    fragment ChannelTree on Channel {
  ...ChannelLink
  children {
    ...ChannelLink
    children {
      ...ChannelLink
    }
  }
}
fragment ChannelLink on Channel {
  id
  name
  path
  kind
  linkUrl
}
fragment SiteLayout on Site {
  id
  code
  name
  isDemo
  siteIdCode
  domains
  theme {
    logoUrl
    bannerUrl
    footerText
    icpNumber
    policeNumber
    showGovMark
  }
  unit {
    id
    name
    kind
  }
  parent {
    id
    code
    name
  }
  channels {
    ...ChannelLink
  }
}`, {"fragmentName":"SiteShell"}) as unknown as TypedDocumentString<SiteShellFragment, unknown>;
export const PortalSiteHomeDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<PortalSiteHomeQuery, PortalSiteHomeQueryVariables>;
export const PortalChannelArticlesDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<PortalChannelArticlesQuery, PortalChannelArticlesQueryVariables>;
export const PortalChannelSinglePageDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<PortalChannelSinglePageQuery, PortalChannelSinglePageQueryVariables>;
export const PortalArticleDocument = new TypedDocumentString(`
    query PortalArticle($id: ID!) {
  publishedArticle(id: $id) {
    ...PublishedArticleDetail
  }
}
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
}`) as unknown as TypedDocumentString<PortalArticleQuery, PortalArticleQueryVariables>;
export const PortalFeedArticlesDocument = new TypedDocumentString(`
    query PortalFeedArticles($siteId: ID!, $channelId: ID, $limit: Int!) {
  publishedArticles(
    siteId: $siteId
    channelId: $channelId
    offset: 0
    limit: $limit
  ) {
    items {
      ...PublishedArticleDetail
    }
  }
}
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
}`) as unknown as TypedDocumentString<PortalFeedArticlesQuery, PortalFeedArticlesQueryVariables>;
export const PortalSitemapArticlesDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<PortalSitemapArticlesQuery, PortalSitemapArticlesQueryVariables>;
export const PortalSiteMailboxesDocument = new TypedDocumentString(`
    query PortalSiteMailboxes($siteId: ID!) {
  site(id: $siteId) {
    id
    mailboxes {
      id
      name
      description
    }
  }
}
    `) as unknown as TypedDocumentString<PortalSiteMailboxesQuery, PortalSiteMailboxesQueryVariables>;
export const PortalPlatformSitesDocument = new TypedDocumentString(`
    query PortalPlatformSites($offset: Int!, $limit: Int!) {
  sites(filter: {status: ONLINE}, offset: $offset, limit: $limit) {
    total
    items {
      id
      code
      name
      status
      isDemo
      parent {
        id
      }
      unit {
        id
        name
        kind
        sortOrder
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PortalPlatformSitesQuery, PortalPlatformSitesQueryVariables>;
export const PortalSearchDocument = new TypedDocumentString(`
    query PortalSearch($query: String!, $siteId: ID, $offset: Int!, $limit: Int!) {
  searchPublished(query: $query, siteId: $siteId, offset: $offset, limit: $limit) {
    total
    items {
      article {
        id
        publishedAt
        site {
          id
          code
          name
        }
        channel {
          id
          name
          path
        }
      }
      titleHighlight {
        text
        highlights {
          start
          end
        }
      }
      snippet {
        text
        highlights {
          start
          end
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PortalSearchQuery, PortalSearchQueryVariables>;
export const PortalSiteByCodeDocument = new TypedDocumentString(`
    query PortalSiteByCode($code: String!) {
  siteByCode(code: $code) {
    ...SiteShell
  }
  platformSettings {
    greyMode
  }
}
    fragment ChannelTree on Channel {
  ...ChannelLink
  children {
    ...ChannelLink
    children {
      ...ChannelLink
    }
  }
}
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
fragment ChannelLink on Channel {
  id
  name
  path
  kind
  linkUrl
}
fragment SiteLayout on Site {
  id
  code
  name
  isDemo
  siteIdCode
  domains
  theme {
    logoUrl
    bannerUrl
    footerText
    icpNumber
    policeNumber
    showGovMark
  }
  unit {
    id
    name
    kind
  }
  parent {
    id
    code
    name
  }
  channels {
    ...ChannelLink
  }
}`) as unknown as TypedDocumentString<PortalSiteByCodeQuery, PortalSiteByCodeQueryVariables>;
export const PortalSiteByDomainDocument = new TypedDocumentString(`
    query PortalSiteByDomain($domain: String!) {
  siteByDomain(domain: $domain) {
    ...SiteShell
  }
  platformSettings {
    greyMode
  }
}
    fragment ChannelTree on Channel {
  ...ChannelLink
  children {
    ...ChannelLink
    children {
      ...ChannelLink
    }
  }
}
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
fragment ChannelLink on Channel {
  id
  name
  path
  kind
  linkUrl
}
fragment SiteLayout on Site {
  id
  code
  name
  isDemo
  siteIdCode
  domains
  theme {
    logoUrl
    bannerUrl
    footerText
    icpNumber
    policeNumber
    showGovMark
  }
  unit {
    id
    name
    kind
  }
  parent {
    id
    code
    name
  }
  channels {
    ...ChannelLink
  }
}`) as unknown as TypedDocumentString<PortalSiteByDomainQuery, PortalSiteByDomainQueryVariables>;
export const PortalTopicPageDocument = new TypedDocumentString(`
    query PortalTopicPage($siteId: ID!, $slug: String!, $offset: Int!, $limit: Int!) {
  topicBySlug(siteId: $siteId, slug: $slug) {
    id
    name
    slug
    description
    bannerImageUrl
    pinnedArticleIds
    sourceChannels {
      id
      site {
        id
      }
    }
    publishedArticles(offset: $offset, limit: $limit) {
      total
      items {
        ...PublishedArticleItem
        site {
          id
          code
        }
      }
    }
  }
}
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
}`) as unknown as TypedDocumentString<PortalTopicPageQuery, PortalTopicPageQueryVariables>;