// Which roles and scopes the role dialog offers: only what the caller may assign (identity checks again).
import type { Access } from "#app/access";
import type { RolesQuery } from "#gql/graphql";

type Role = RolesQuery["roles"][number];
export type ScopeKind = Role["scopeKinds"][number];

/** The three administrators (三员) are assigned by the city-wide security administrator only. */
export const THREE_ADMINS_GROUP = "three_admins";

/** The scopes at which the caller may assign this role. */
export function assignableScopes(
  role: Pick<Role, "scopeKinds" | "exclusiveGroup">,
  access: Access,
): ScopeKind[] {
  if (role.exclusiveGroup === THREE_ADMINS_GROUP && !access.canCityWide("security.manage")) return [];
  if (access.canCityWide("role.assign")) return [...role.scopeKinds];
  if (!access.can("role.assign")) return [];
  return role.scopeKinds.filter((kind) => kind !== "CITY");
}

export function assignableRoles<R extends Pick<Role, "scopeKinds" | "exclusiveGroup">>(
  roles: readonly R[],
  access: Access,
): R[] {
  return roles.filter((role) => assignableScopes(role, access).length > 0);
}
