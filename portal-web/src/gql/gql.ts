/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment PublishedArticleItem on PublishedArticle {\n    id\n    title\n    summary\n    coverImageUrl\n    pinned\n    headline\n    carousel\n    publishedAt\n    updatedAt\n    channel {\n      id\n      name\n      path\n    }\n  }\n": typeof types.PublishedArticleItemFragmentDoc,
    "\n  fragment PublishedArticleDetail on PublishedArticle {\n    ...PublishedArticleItem\n    subtitle\n    source\n    author\n    body\n    keywords\n    tags\n    attachments {\n      mediaId\n      name\n      url\n    }\n    site {\n      id\n    }\n    origin {\n      siteName\n      url\n    }\n    channel {\n      id\n      name\n      path\n      kind\n      updateClass\n    }\n  }\n": typeof types.PublishedArticleDetailFragmentDoc,
    "\n  query PortalSiteHome($siteId: ID!, $recent: Int!, $perChannel: Int!) {\n    publishedArticles(siteId: $siteId, offset: 0, limit: $recent) {\n      items {\n        ...PublishedArticleItem\n      }\n    }\n    site(id: $siteId) {\n      id\n      topics {\n        id\n        name\n        slug\n      }\n      channels {\n        id\n        kind\n        publishedArticles(offset: 0, limit: $perChannel) {\n          items {\n            ...PublishedArticleItem\n          }\n        }\n        children {\n          id\n          kind\n          publishedArticles(offset: 0, limit: $perChannel) {\n            items {\n              ...PublishedArticleItem\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PortalSiteHomeDocument,
    "\n  query PortalChannelArticles($channelId: ID!, $offset: Int!, $limit: Int!) {\n    channel(id: $channelId) {\n      id\n      publishedArticles(offset: $offset, limit: $limit) {\n        total\n        items {\n          ...PublishedArticleItem\n        }\n      }\n    }\n  }\n": typeof types.PortalChannelArticlesDocument,
    "\n  query PortalChannelSinglePage($channelId: ID!) {\n    channel(id: $channelId) {\n      id\n      publishedArticles(offset: 0, limit: 1) {\n        items {\n          ...PublishedArticleDetail\n        }\n      }\n    }\n  }\n": typeof types.PortalChannelSinglePageDocument,
    "\n  query PortalArticle($id: ID!) {\n    publishedArticle(id: $id) {\n      ...PublishedArticleDetail\n    }\n  }\n": typeof types.PortalArticleDocument,
    "\n  query PortalFeedArticles($siteId: ID!, $channelId: ID, $limit: Int!) {\n    publishedArticles(siteId: $siteId, channelId: $channelId, offset: 0, limit: $limit) {\n      items {\n        ...PublishedArticleDetail\n      }\n    }\n  }\n": typeof types.PortalFeedArticlesDocument,
    "\n  query PortalSitemapArticles($siteId: ID!, $offset: Int!, $limit: Int!) {\n    publishedArticles(siteId: $siteId, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        updatedAt\n        channel {\n          id\n          path\n        }\n      }\n    }\n  }\n": typeof types.PortalSitemapArticlesDocument,
    "\n  query PortalSiteMailboxes($siteId: ID!) {\n    site(id: $siteId) {\n      id\n      mailboxes {\n        id\n        name\n        description\n      }\n    }\n  }\n": typeof types.PortalSiteMailboxesDocument,
    "\n  query PortalPlatformSites($offset: Int!, $limit: Int!) {\n    sites(filter: { status: ONLINE }, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        code\n        name\n        status\n        isDemo\n        parent {\n          id\n        }\n        unit {\n          id\n          name\n          kind\n          sortOrder\n        }\n      }\n    }\n  }\n": typeof types.PortalPlatformSitesDocument,
    "\n  query PortalSearch($query: String!, $siteId: ID, $offset: Int!, $limit: Int!) {\n    searchPublished(query: $query, siteId: $siteId, offset: $offset, limit: $limit) {\n      total\n      items {\n        article {\n          id\n          publishedAt\n          site {\n            id\n            code\n            name\n          }\n          channel {\n            id\n            name\n            path\n          }\n        }\n        titleHighlight {\n          text\n          highlights {\n            start\n            end\n          }\n        }\n        snippet {\n          text\n          highlights {\n            start\n            end\n          }\n        }\n      }\n    }\n  }\n": typeof types.PortalSearchDocument,
    "\n  fragment ChannelTree on Channel {\n    ...ChannelLink\n    children {\n      ...ChannelLink\n      children {\n        ...ChannelLink\n      }\n    }\n  }\n": typeof types.ChannelTreeFragmentDoc,
    "\n  fragment SiteShell on Site {\n    ...SiteLayout\n    status\n    description\n    theme {\n      primaryColor\n    }\n    homeLayout {\n      kind\n      channelId\n      title\n    }\n    unit {\n      id\n      name\n      kind\n    }\n    parent {\n      id\n    }\n    children {\n      id\n      code\n      name\n    }\n    channels {\n      ...ChannelTree\n    }\n  }\n": typeof types.SiteShellFragmentDoc,
    "\n  query PortalSiteByCode($code: String!) {\n    siteByCode(code: $code) {\n      ...SiteShell\n    }\n    platformSettings {\n      greyMode\n    }\n  }\n": typeof types.PortalSiteByCodeDocument,
    "\n  query PortalSiteByDomain($domain: String!) {\n    siteByDomain(domain: $domain) {\n      ...SiteShell\n    }\n    platformSettings {\n      greyMode\n    }\n  }\n": typeof types.PortalSiteByDomainDocument,
    "\n  query PortalTopicPage($siteId: ID!, $slug: String!, $offset: Int!, $limit: Int!) {\n    topicBySlug(siteId: $siteId, slug: $slug) {\n      id\n      name\n      slug\n      description\n      bannerImageUrl\n      pinnedArticleIds\n      sourceChannels {\n        id\n        site {\n          id\n        }\n      }\n      publishedArticles(offset: $offset, limit: $limit) {\n        total\n        items {\n          ...PublishedArticleItem\n          site {\n            id\n            code\n          }\n        }\n      }\n    }\n  }\n": typeof types.PortalTopicPageDocument,
    "\n  fragment ChannelLink on Channel {\n    id\n    name\n    path\n    kind\n    linkUrl\n  }\n": typeof types.ChannelLinkFragmentDoc,
    "\n  fragment SiteLayout on Site {\n    id\n    code\n    name\n    isDemo\n    siteIdCode\n    domains\n    theme {\n      logoUrl\n      bannerUrl\n      footerText\n      icpNumber\n      policeNumber\n      showGovMark\n    }\n    unit {\n      id\n      name\n      kind\n    }\n    parent {\n      id\n      code\n      name\n    }\n    channels {\n      ...ChannelLink\n    }\n  }\n": typeof types.SiteLayoutFragmentDoc,
};
const documents: Documents = {
    "\n  fragment PublishedArticleItem on PublishedArticle {\n    id\n    title\n    summary\n    coverImageUrl\n    pinned\n    headline\n    carousel\n    publishedAt\n    updatedAt\n    channel {\n      id\n      name\n      path\n    }\n  }\n": types.PublishedArticleItemFragmentDoc,
    "\n  fragment PublishedArticleDetail on PublishedArticle {\n    ...PublishedArticleItem\n    subtitle\n    source\n    author\n    body\n    keywords\n    tags\n    attachments {\n      mediaId\n      name\n      url\n    }\n    site {\n      id\n    }\n    origin {\n      siteName\n      url\n    }\n    channel {\n      id\n      name\n      path\n      kind\n      updateClass\n    }\n  }\n": types.PublishedArticleDetailFragmentDoc,
    "\n  query PortalSiteHome($siteId: ID!, $recent: Int!, $perChannel: Int!) {\n    publishedArticles(siteId: $siteId, offset: 0, limit: $recent) {\n      items {\n        ...PublishedArticleItem\n      }\n    }\n    site(id: $siteId) {\n      id\n      topics {\n        id\n        name\n        slug\n      }\n      channels {\n        id\n        kind\n        publishedArticles(offset: 0, limit: $perChannel) {\n          items {\n            ...PublishedArticleItem\n          }\n        }\n        children {\n          id\n          kind\n          publishedArticles(offset: 0, limit: $perChannel) {\n            items {\n              ...PublishedArticleItem\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PortalSiteHomeDocument,
    "\n  query PortalChannelArticles($channelId: ID!, $offset: Int!, $limit: Int!) {\n    channel(id: $channelId) {\n      id\n      publishedArticles(offset: $offset, limit: $limit) {\n        total\n        items {\n          ...PublishedArticleItem\n        }\n      }\n    }\n  }\n": types.PortalChannelArticlesDocument,
    "\n  query PortalChannelSinglePage($channelId: ID!) {\n    channel(id: $channelId) {\n      id\n      publishedArticles(offset: 0, limit: 1) {\n        items {\n          ...PublishedArticleDetail\n        }\n      }\n    }\n  }\n": types.PortalChannelSinglePageDocument,
    "\n  query PortalArticle($id: ID!) {\n    publishedArticle(id: $id) {\n      ...PublishedArticleDetail\n    }\n  }\n": types.PortalArticleDocument,
    "\n  query PortalFeedArticles($siteId: ID!, $channelId: ID, $limit: Int!) {\n    publishedArticles(siteId: $siteId, channelId: $channelId, offset: 0, limit: $limit) {\n      items {\n        ...PublishedArticleDetail\n      }\n    }\n  }\n": types.PortalFeedArticlesDocument,
    "\n  query PortalSitemapArticles($siteId: ID!, $offset: Int!, $limit: Int!) {\n    publishedArticles(siteId: $siteId, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        updatedAt\n        channel {\n          id\n          path\n        }\n      }\n    }\n  }\n": types.PortalSitemapArticlesDocument,
    "\n  query PortalSiteMailboxes($siteId: ID!) {\n    site(id: $siteId) {\n      id\n      mailboxes {\n        id\n        name\n        description\n      }\n    }\n  }\n": types.PortalSiteMailboxesDocument,
    "\n  query PortalPlatformSites($offset: Int!, $limit: Int!) {\n    sites(filter: { status: ONLINE }, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        code\n        name\n        status\n        isDemo\n        parent {\n          id\n        }\n        unit {\n          id\n          name\n          kind\n          sortOrder\n        }\n      }\n    }\n  }\n": types.PortalPlatformSitesDocument,
    "\n  query PortalSearch($query: String!, $siteId: ID, $offset: Int!, $limit: Int!) {\n    searchPublished(query: $query, siteId: $siteId, offset: $offset, limit: $limit) {\n      total\n      items {\n        article {\n          id\n          publishedAt\n          site {\n            id\n            code\n            name\n          }\n          channel {\n            id\n            name\n            path\n          }\n        }\n        titleHighlight {\n          text\n          highlights {\n            start\n            end\n          }\n        }\n        snippet {\n          text\n          highlights {\n            start\n            end\n          }\n        }\n      }\n    }\n  }\n": types.PortalSearchDocument,
    "\n  fragment ChannelTree on Channel {\n    ...ChannelLink\n    children {\n      ...ChannelLink\n      children {\n        ...ChannelLink\n      }\n    }\n  }\n": types.ChannelTreeFragmentDoc,
    "\n  fragment SiteShell on Site {\n    ...SiteLayout\n    status\n    description\n    theme {\n      primaryColor\n    }\n    homeLayout {\n      kind\n      channelId\n      title\n    }\n    unit {\n      id\n      name\n      kind\n    }\n    parent {\n      id\n    }\n    children {\n      id\n      code\n      name\n    }\n    channels {\n      ...ChannelTree\n    }\n  }\n": types.SiteShellFragmentDoc,
    "\n  query PortalSiteByCode($code: String!) {\n    siteByCode(code: $code) {\n      ...SiteShell\n    }\n    platformSettings {\n      greyMode\n    }\n  }\n": types.PortalSiteByCodeDocument,
    "\n  query PortalSiteByDomain($domain: String!) {\n    siteByDomain(domain: $domain) {\n      ...SiteShell\n    }\n    platformSettings {\n      greyMode\n    }\n  }\n": types.PortalSiteByDomainDocument,
    "\n  query PortalTopicPage($siteId: ID!, $slug: String!, $offset: Int!, $limit: Int!) {\n    topicBySlug(siteId: $siteId, slug: $slug) {\n      id\n      name\n      slug\n      description\n      bannerImageUrl\n      pinnedArticleIds\n      sourceChannels {\n        id\n        site {\n          id\n        }\n      }\n      publishedArticles(offset: $offset, limit: $limit) {\n        total\n        items {\n          ...PublishedArticleItem\n          site {\n            id\n            code\n          }\n        }\n      }\n    }\n  }\n": types.PortalTopicPageDocument,
    "\n  fragment ChannelLink on Channel {\n    id\n    name\n    path\n    kind\n    linkUrl\n  }\n": types.ChannelLinkFragmentDoc,
    "\n  fragment SiteLayout on Site {\n    id\n    code\n    name\n    isDemo\n    siteIdCode\n    domains\n    theme {\n      logoUrl\n      bannerUrl\n      footerText\n      icpNumber\n      policeNumber\n      showGovMark\n    }\n    unit {\n      id\n      name\n      kind\n    }\n    parent {\n      id\n      code\n      name\n    }\n    channels {\n      ...ChannelLink\n    }\n  }\n": types.SiteLayoutFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublishedArticleItem on PublishedArticle {\n    id\n    title\n    summary\n    coverImageUrl\n    pinned\n    headline\n    carousel\n    publishedAt\n    updatedAt\n    channel {\n      id\n      name\n      path\n    }\n  }\n"): typeof import('./graphql').PublishedArticleItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublishedArticleDetail on PublishedArticle {\n    ...PublishedArticleItem\n    subtitle\n    source\n    author\n    body\n    keywords\n    tags\n    attachments {\n      mediaId\n      name\n      url\n    }\n    site {\n      id\n    }\n    origin {\n      siteName\n      url\n    }\n    channel {\n      id\n      name\n      path\n      kind\n      updateClass\n    }\n  }\n"): typeof import('./graphql').PublishedArticleDetailFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalSiteHome($siteId: ID!, $recent: Int!, $perChannel: Int!) {\n    publishedArticles(siteId: $siteId, offset: 0, limit: $recent) {\n      items {\n        ...PublishedArticleItem\n      }\n    }\n    site(id: $siteId) {\n      id\n      topics {\n        id\n        name\n        slug\n      }\n      channels {\n        id\n        kind\n        publishedArticles(offset: 0, limit: $perChannel) {\n          items {\n            ...PublishedArticleItem\n          }\n        }\n        children {\n          id\n          kind\n          publishedArticles(offset: 0, limit: $perChannel) {\n            items {\n              ...PublishedArticleItem\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PortalSiteHomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalChannelArticles($channelId: ID!, $offset: Int!, $limit: Int!) {\n    channel(id: $channelId) {\n      id\n      publishedArticles(offset: $offset, limit: $limit) {\n        total\n        items {\n          ...PublishedArticleItem\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PortalChannelArticlesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalChannelSinglePage($channelId: ID!) {\n    channel(id: $channelId) {\n      id\n      publishedArticles(offset: 0, limit: 1) {\n        items {\n          ...PublishedArticleDetail\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PortalChannelSinglePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalArticle($id: ID!) {\n    publishedArticle(id: $id) {\n      ...PublishedArticleDetail\n    }\n  }\n"): typeof import('./graphql').PortalArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalFeedArticles($siteId: ID!, $channelId: ID, $limit: Int!) {\n    publishedArticles(siteId: $siteId, channelId: $channelId, offset: 0, limit: $limit) {\n      items {\n        ...PublishedArticleDetail\n      }\n    }\n  }\n"): typeof import('./graphql').PortalFeedArticlesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalSitemapArticles($siteId: ID!, $offset: Int!, $limit: Int!) {\n    publishedArticles(siteId: $siteId, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        updatedAt\n        channel {\n          id\n          path\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PortalSitemapArticlesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalSiteMailboxes($siteId: ID!) {\n    site(id: $siteId) {\n      id\n      mailboxes {\n        id\n        name\n        description\n      }\n    }\n  }\n"): typeof import('./graphql').PortalSiteMailboxesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalPlatformSites($offset: Int!, $limit: Int!) {\n    sites(filter: { status: ONLINE }, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        code\n        name\n        status\n        isDemo\n        parent {\n          id\n        }\n        unit {\n          id\n          name\n          kind\n          sortOrder\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PortalPlatformSitesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalSearch($query: String!, $siteId: ID, $offset: Int!, $limit: Int!) {\n    searchPublished(query: $query, siteId: $siteId, offset: $offset, limit: $limit) {\n      total\n      items {\n        article {\n          id\n          publishedAt\n          site {\n            id\n            code\n            name\n          }\n          channel {\n            id\n            name\n            path\n          }\n        }\n        titleHighlight {\n          text\n          highlights {\n            start\n            end\n          }\n        }\n        snippet {\n          text\n          highlights {\n            start\n            end\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PortalSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChannelTree on Channel {\n    ...ChannelLink\n    children {\n      ...ChannelLink\n      children {\n        ...ChannelLink\n      }\n    }\n  }\n"): typeof import('./graphql').ChannelTreeFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SiteShell on Site {\n    ...SiteLayout\n    status\n    description\n    theme {\n      primaryColor\n    }\n    homeLayout {\n      kind\n      channelId\n      title\n    }\n    unit {\n      id\n      name\n      kind\n    }\n    parent {\n      id\n    }\n    children {\n      id\n      code\n      name\n    }\n    channels {\n      ...ChannelTree\n    }\n  }\n"): typeof import('./graphql').SiteShellFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalSiteByCode($code: String!) {\n    siteByCode(code: $code) {\n      ...SiteShell\n    }\n    platformSettings {\n      greyMode\n    }\n  }\n"): typeof import('./graphql').PortalSiteByCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalSiteByDomain($domain: String!) {\n    siteByDomain(domain: $domain) {\n      ...SiteShell\n    }\n    platformSettings {\n      greyMode\n    }\n  }\n"): typeof import('./graphql').PortalSiteByDomainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalTopicPage($siteId: ID!, $slug: String!, $offset: Int!, $limit: Int!) {\n    topicBySlug(siteId: $siteId, slug: $slug) {\n      id\n      name\n      slug\n      description\n      bannerImageUrl\n      pinnedArticleIds\n      sourceChannels {\n        id\n        site {\n          id\n        }\n      }\n      publishedArticles(offset: $offset, limit: $limit) {\n        total\n        items {\n          ...PublishedArticleItem\n          site {\n            id\n            code\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PortalTopicPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChannelLink on Channel {\n    id\n    name\n    path\n    kind\n    linkUrl\n  }\n"): typeof import('./graphql').ChannelLinkFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SiteLayout on Site {\n    id\n    code\n    name\n    isDemo\n    siteIdCode\n    domains\n    theme {\n      logoUrl\n      bannerUrl\n      footerText\n      icpNumber\n      policeNumber\n      showGovMark\n    }\n    unit {\n      id\n      name\n      kind\n    }\n    parent {\n      id\n      code\n      name\n    }\n    channels {\n      ...ChannelLink\n    }\n  }\n"): typeof import('./graphql').SiteLayoutFragmentDoc;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
