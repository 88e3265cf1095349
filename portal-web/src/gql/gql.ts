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
    "\n  query PortalPlatformSites($offset: Int!, $limit: Int!) {\n    sites(filter: { status: ONLINE }, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        code\n        name\n        status\n        isDemo\n        parent {\n          id\n        }\n        unit {\n          id\n          name\n          kind\n          sortOrder\n        }\n      }\n    }\n  }\n": typeof types.PortalPlatformSitesDocument,
    "\n  fragment ChannelTree on Channel {\n    ...ChannelLink\n    children {\n      ...ChannelLink\n      children {\n        ...ChannelLink\n      }\n    }\n  }\n": typeof types.ChannelTreeFragmentDoc,
    "\n  fragment SiteShell on Site {\n    ...SiteLayout\n    status\n    description\n    unit {\n      id\n      name\n      kind\n    }\n    parent {\n      id\n    }\n    children {\n      id\n      code\n      name\n    }\n    channels {\n      ...ChannelTree\n    }\n  }\n": typeof types.SiteShellFragmentDoc,
    "\n  query PortalSiteByCode($code: String!) {\n    siteByCode(code: $code) {\n      ...SiteShell\n    }\n  }\n": typeof types.PortalSiteByCodeDocument,
    "\n  query PortalSiteByDomain($domain: String!) {\n    siteByDomain(domain: $domain) {\n      ...SiteShell\n    }\n  }\n": typeof types.PortalSiteByDomainDocument,
    "\n  fragment ChannelLink on Channel {\n    id\n    name\n    path\n    kind\n    linkUrl\n  }\n": typeof types.ChannelLinkFragmentDoc,
    "\n  fragment SiteLayout on Site {\n    id\n    code\n    name\n    isDemo\n    siteIdCode\n    unit {\n      id\n      name\n      kind\n    }\n    parent {\n      id\n      code\n      name\n    }\n    channels {\n      ...ChannelLink\n    }\n  }\n": typeof types.SiteLayoutFragmentDoc,
};
const documents: Documents = {
    "\n  query PortalPlatformSites($offset: Int!, $limit: Int!) {\n    sites(filter: { status: ONLINE }, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        code\n        name\n        status\n        isDemo\n        parent {\n          id\n        }\n        unit {\n          id\n          name\n          kind\n          sortOrder\n        }\n      }\n    }\n  }\n": types.PortalPlatformSitesDocument,
    "\n  fragment ChannelTree on Channel {\n    ...ChannelLink\n    children {\n      ...ChannelLink\n      children {\n        ...ChannelLink\n      }\n    }\n  }\n": types.ChannelTreeFragmentDoc,
    "\n  fragment SiteShell on Site {\n    ...SiteLayout\n    status\n    description\n    unit {\n      id\n      name\n      kind\n    }\n    parent {\n      id\n    }\n    children {\n      id\n      code\n      name\n    }\n    channels {\n      ...ChannelTree\n    }\n  }\n": types.SiteShellFragmentDoc,
    "\n  query PortalSiteByCode($code: String!) {\n    siteByCode(code: $code) {\n      ...SiteShell\n    }\n  }\n": types.PortalSiteByCodeDocument,
    "\n  query PortalSiteByDomain($domain: String!) {\n    siteByDomain(domain: $domain) {\n      ...SiteShell\n    }\n  }\n": types.PortalSiteByDomainDocument,
    "\n  fragment ChannelLink on Channel {\n    id\n    name\n    path\n    kind\n    linkUrl\n  }\n": types.ChannelLinkFragmentDoc,
    "\n  fragment SiteLayout on Site {\n    id\n    code\n    name\n    isDemo\n    siteIdCode\n    unit {\n      id\n      name\n      kind\n    }\n    parent {\n      id\n      code\n      name\n    }\n    channels {\n      ...ChannelLink\n    }\n  }\n": types.SiteLayoutFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalPlatformSites($offset: Int!, $limit: Int!) {\n    sites(filter: { status: ONLINE }, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        code\n        name\n        status\n        isDemo\n        parent {\n          id\n        }\n        unit {\n          id\n          name\n          kind\n          sortOrder\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PortalPlatformSitesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChannelTree on Channel {\n    ...ChannelLink\n    children {\n      ...ChannelLink\n      children {\n        ...ChannelLink\n      }\n    }\n  }\n"): typeof import('./graphql').ChannelTreeFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SiteShell on Site {\n    ...SiteLayout\n    status\n    description\n    unit {\n      id\n      name\n      kind\n    }\n    parent {\n      id\n    }\n    children {\n      id\n      code\n      name\n    }\n    channels {\n      ...ChannelTree\n    }\n  }\n"): typeof import('./graphql').SiteShellFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalSiteByCode($code: String!) {\n    siteByCode(code: $code) {\n      ...SiteShell\n    }\n  }\n"): typeof import('./graphql').PortalSiteByCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalSiteByDomain($domain: String!) {\n    siteByDomain(domain: $domain) {\n      ...SiteShell\n    }\n  }\n"): typeof import('./graphql').PortalSiteByDomainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChannelLink on Channel {\n    id\n    name\n    path\n    kind\n    linkUrl\n  }\n"): typeof import('./graphql').ChannelLinkFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SiteLayout on Site {\n    id\n    code\n    name\n    isDemo\n    siteIdCode\n    unit {\n      id\n      name\n      kind\n    }\n    parent {\n      id\n      code\n      name\n    }\n    channels {\n      ...ChannelLink\n    }\n  }\n"): typeof import('./graphql').SiteLayoutFragmentDoc;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
