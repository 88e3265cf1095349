// Who is calling: the verified subject of a request. Tokens say which kind they are.

/** A role held by a staff member, in a scope: city-wide (no unit, no site), a unit, or a site. */
export interface Grant {
  role: string;
  /** Review stage for reviewer roles: 1 初审, 2 复审, 3 终审. */
  stage?: number;
  unitId?: string | null;
  siteId?: string | null;
  /** The actions this role allows (roles are data: identity puts them into the token). */
  actions: string[];
}

export interface StaffCaller {
  kind: "staff";
  userId: string;
  username: string;
  displayName: string;
  unitId: string | null;
  grants: Grant[];
  tokenId?: string;
  /** The token's `iat` in seconds (fractional: identity signs with millisecond precision). */
  issuedAt?: number;
}
export interface CitizenCaller {
  kind: "citizen";
  citizenId: string;
  /** 自然人 person or 法人 legal person */
  citizenType: "person" | "legal_person";
  displayName: string;
  tokenId?: string;
  issuedAt?: number;
}
export interface ApiClientCaller {
  kind: "client";
  clientId: string;
  name: string;
  /** Sites whose published content the key may read; empty = none. */
  siteIds: string[];
  scopes: string[];
  tokenId?: string;
  issuedAt?: number;
}
export interface ServiceCaller {
  kind: "service";
  service: string;
}
export interface AnonymousCaller {
  kind: "anonymous";
}

export type Caller = StaffCaller | CitizenCaller | ApiClientCaller | ServiceCaller | AnonymousCaller;

export const ANONYMOUS: AnonymousCaller = { kind: "anonymous" };

export function callerId(caller: Caller): string | null {
  switch (caller.kind) {
    case "staff":
      return caller.userId;
    case "citizen":
      return caller.citizenId;
    case "client":
      return caller.clientId;
    case "service":
      return `service:${caller.service}`;
    default:
      return null;
  }
}
