// Chinese labels for enum values shown to citizens.
import type { UnitKind } from "../../gql/graphql";

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  PARTY_COMMITTEE: "党委部门",
  MASS_ORGANIZATION: "群团组织",
  PEOPLES_CONGRESS: "人大",
  CPPCC: "政协",
  DEMOCRATIC_PARTY: "民主党派",
  DISTRICT_COMMITTEE: "区县党委",
  OTHER: "其他单位",
};

/** Order of the groups on the platform index. */
export const UNIT_KIND_ORDER: UnitKind[] = [
  "PARTY_COMMITTEE",
  "MASS_ORGANIZATION",
  "PEOPLES_CONGRESS",
  "CPPCC",
  "DEMOCRATIC_PARTY",
  "DISTRICT_COMMITTEE",
  "OTHER",
];

export const EMPTY_TEXT = "暂无信息";
