// The one permission check every subgraph uses: can(caller, action, scope).
import { forbidden, unauthenticated } from "../errors";
import type { Caller, Grant, StaffCaller } from "./caller";
import type { Action } from "./roles";

/**
 * Where a resource lives. `city` = the platform as a whole. A unit-scoped grant covers the unit and its
 * sites; a site-scoped grant covers the site and its sub-sites (pass `siteAncestorIds`).
 */
export type Scope =
  | { kind: "city" }
  | { kind: "unit"; unitId: string }
  | { kind: "site"; siteId: string; unitId: string; siteAncestorIds?: string[] };

export const CITY: Scope = { kind: "city" };

function grantCovers(grant: Grant, scope: Scope): boolean {
  const cityWide = !grant.unitId && !grant.siteId;
  if (cityWide) return true;
  switch (scope.kind) {
    case "city":
      return false;
    case "unit":
      return !!grant.unitId && grant.unitId === scope.unitId && !grant.siteId;
    case "site":
      if (grant.siteId)
        return grant.siteId === scope.siteId || (scope.siteAncestorIds ?? []).includes(grant.siteId);
      return grant.unitId === scope.unitId;
  }
}

/** The grants of a staff caller that allow `action` in `scope`. */
export function grantsFor(caller: Caller, action: Action, scope: Scope): Grant[] {
  if (caller.kind !== "staff") return [];
  return caller.grants.filter((grant) => grant.actions.includes(action) && grantCovers(grant, scope));
}

export function can(caller: Caller, action: Action, scope: Scope): boolean {
  return grantsFor(caller, action, scope).length > 0;
}

/** Throws UNAUTHENTICATED for no caller, FORBIDDEN for a caller without the permission. */
export function assertCan(caller: Caller, action: Action, scope: Scope): asserts caller is StaffCaller {
  if (caller.kind === "anonymous") throw unauthenticated();
  if (!can(caller, action, scope)) throw forbidden();
}

export function requireStaff(caller: Caller): StaffCaller {
  if (caller.kind === "anonymous") throw unauthenticated();
  if (caller.kind !== "staff") throw forbidden("仅限工作人员操作");
  return caller;
}

/**
 * For list queries: which units / sites the caller may see for `action`. `all` = city-wide.
 * Use it to filter in SQL rather than loading and filtering rows.
 */
export interface VisibleScope {
  all: boolean;
  unitIds: string[];
  siteIds: string[];
}
export function visibleScope(caller: Caller, action: Action): VisibleScope {
  const result: VisibleScope = { all: false, unitIds: [], siteIds: [] };
  if (caller.kind !== "staff") return result;
  for (const grant of caller.grants) {
    if (!grant.actions.includes(action)) continue;
    if (!grant.unitId && !grant.siteId) return { all: true, unitIds: [], siteIds: [] };
    if (grant.siteId) result.siteIds.push(grant.siteId);
    else if (grant.unitId) result.unitIds.push(grant.unitId);
  }
  return result;
}

/** Reviewer stages the caller may act at in this scope. */
export function reviewStages(caller: Caller, scope: Scope): number[] {
  return grantsFor(caller, "article.review", scope)
    .map((grant) => grant.stage)
    .filter((stage): stage is number => typeof stage === "number");
}
