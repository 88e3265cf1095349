// What the signed-in staff member may see: computed once from `me.grants`; menus and routes both ask
// `canAccess`, so a hidden menu entry is also a refused route. The servers still check every request.
import type { Action } from "@jiyue/server-kit/roles";

export type { Action };

export interface AccessGrant {
  actions: readonly string[];
  unit?: { id: string } | null;
  site?: { id: string } | null;
}

export interface Access {
  /** The action is allowed in at least one scope. */
  can(action: Action): boolean;
  /** The action is allowed city-wide (a grant without unit or site). */
  canCityWide(action: Action): boolean;
  /** Units where the action is allowed by a unit-scoped grant. */
  unitIds(action: Action): string[];
  /** Sites where the action is allowed by a site-scoped grant. */
  siteIds(action: Action): string[];
}

export function computeAccess(grants: readonly AccessGrant[]): Access {
  const allows = (action: Action) => grants.filter((grant) => grant.actions.includes(action));
  return {
    can: (action) => allows(action).length > 0,
    canCityWide: (action) => allows(action).some((grant) => !grant.unit && !grant.site),
    unitIds: (action) =>
      unique(allows(action).flatMap((grant) => (grant.unit && !grant.site ? [grant.unit.id] : []))),
    siteIds: (action) => unique(allows(action).flatMap((grant) => (grant.site ? [grant.site.id] : []))),
  };
}

export const NO_ACCESS: Access = computeAccess([]);

/** What a route or menu entry needs: nothing beyond being signed in, or one action in some scope. */
export interface Guarded {
  permission?: Action;
  /** The permission counts only when granted city-wide (no unit or site). */
  cityWide?: boolean;
  /** Alternatives instead of `permission`: any one of them opens the entry. */
  anyOf?: readonly Guarded[];
}

export function canAccess(entry: Guarded, access: Access): boolean {
  if (entry.anyOf) return entry.anyOf.some((alternative) => canAccess(alternative, access));
  if (entry.permission === undefined) return true;
  return entry.cityWide ? access.canCityWide(entry.permission) : access.can(entry.permission);
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
