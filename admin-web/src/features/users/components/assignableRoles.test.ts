import { describe, expect, it } from "vitest";
import { computeAccess } from "#app/access";
import { assignableRoles, assignableScopes } from "./assignableRoles";

const roles = [
  { code: "security_admin", scopeKinds: ["CITY" as const], exclusiveGroup: "three_admins" },
  { code: "platform_admin", scopeKinds: ["CITY" as const], exclusiveGroup: "three_admins" },
  { code: "supervisor", scopeKinds: ["CITY" as const], exclusiveGroup: null },
  { code: "unit_admin", scopeKinds: ["UNIT" as const], exclusiveGroup: null },
  { code: "editor", scopeKinds: ["CITY" as const, "UNIT" as const, "SITE" as const], exclusiveGroup: null },
];
const codes = (access: ReturnType<typeof computeAccess>) =>
  assignableRoles(roles, access).map((role) => role.code);

describe("roles offered in the role dialog", () => {
  it("offers the three administrators only to the city-wide security administrator", () => {
    const security = computeAccess([{ actions: ["security.manage", "role.assign"] }]);
    expect(codes(security)).toEqual([
      "security_admin",
      "platform_admin",
      "supervisor",
      "unit_admin",
      "editor",
    ]);
    const platform = computeAccess([{ actions: ["role.assign", "user.manage"] }]);
    expect(codes(platform)).toEqual(["supervisor", "unit_admin", "editor"]);
  });

  it("offers no city-scoped role, and no city scope, to a unit administrator", () => {
    const unitAdmin = computeAccess([{ actions: ["role.assign"], unit: { id: "u1" } }]);
    expect(codes(unitAdmin)).toEqual(["unit_admin", "editor"]);
    expect(assignableScopes(roles[4]!, unitAdmin)).toEqual(["UNIT", "SITE"]);
    expect(codes(computeAccess([{ actions: ["user.read"], unit: { id: "u1" } }]))).toEqual([]);
  });
});
