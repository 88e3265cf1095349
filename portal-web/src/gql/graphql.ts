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

export type PortalPlatformSitesQueryVariables = Exact<{
  offset: number;
  limit: number;
}>;


export type PortalPlatformSitesQuery = { sites: { total: number, items: Array<{ id: string, code: string, name: string, status: SiteStatus, isDemo: boolean, parent: { id: string } | null, unit: { id: string, name: string, kind: UnitKind, sortOrder: number } }> } };

export type ChannelTreeFragment = { id: string, name: string, path: string, kind: ChannelKind, linkUrl: string | null, children: Array<{ id: string, name: string, path: string, kind: ChannelKind, linkUrl: string | null, children: Array<{ id: string, name: string, path: string, kind: ChannelKind, linkUrl: string | null }> }> };

export type SiteShellFragment = { status: SiteStatus, description: string | null, id: string, code: string, name: string, isDemo: boolean, siteIdCode: string | null, unit: { id: string, name: string, kind: UnitKind }, parent: { id: string, code: string, name: string } | null, children: Array<{ id: string, code: string, name: string }>, channels: Array<{ id: string, name: string, path: string, kind: ChannelKind, linkUrl: string | null, children: Array<{ id: string, name: string, path: string, kind: ChannelKind, linkUrl: string | null, children: Array<{ id: string, name: string, path: string, kind: ChannelKind, linkUrl: string | null }> }> }> };

export type PortalSiteByCodeQueryVariables = Exact<{
  code: string;
}>;


export type PortalSiteByCodeQuery = { siteByCode: { status: SiteStatus, description: string | null, id: string, code: string, name: string, isDemo: boolean, siteIdCode: string | null, unit: { id: string, name: string, kind: UnitKind }, parent: { id: string, code: string, name: string } | null, children: Array<{ id: string, code: string, name: string }>, channels: Array<{ id: string, name: string, path: string, kind: ChannelKind, linkUrl: string | null, children: Array<{ id: string, name: string, path: string, kind: ChannelKind, linkUrl: string | null, children: Array<{ id: string, name: string, path: string, kind: ChannelKind, linkUrl: string | null }> }> }> } | null };

export type PortalSiteByDomainQueryVariables = Exact<{
  domain: string;
}>;


export type PortalSiteByDomainQuery = { siteByDomain: { status: SiteStatus, description: string | null, id: string, code: string, name: string, isDemo: boolean, siteIdCode: string | null, unit: { id: string, name: string, kind: UnitKind }, parent: { id: string, code: string, name: string } | null, children: Array<{ id: string, code: string, name: string }>, channels: Array<{ id: string, name: string, path: string, kind: ChannelKind, linkUrl: string | null, children: Array<{ id: string, name: string, path: string, kind: ChannelKind, linkUrl: string | null, children: Array<{ id: string, name: string, path: string, kind: ChannelKind, linkUrl: string | null }> }> }> } | null };

export type ChannelLinkFragment = { id: string, name: string, path: string, kind: ChannelKind, linkUrl: string | null };

export type SiteLayoutFragment = { id: string, code: string, name: string, isDemo: boolean, siteIdCode: string | null, unit: { id: string, name: string, kind: UnitKind }, parent: { id: string, code: string, name: string } | null, channels: Array<{ id: string, name: string, path: string, kind: ChannelKind, linkUrl: string | null }> };

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
export const PortalSiteByCodeDocument = new TypedDocumentString(`
    query PortalSiteByCode($code: String!) {
  siteByCode(code: $code) {
    ...SiteShell
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