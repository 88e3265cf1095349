import type { UnitKind, UnitLevel } from "#gql/graphql";

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  PARTY_COMMITTEE: "党委部门",
  MASS_ORGANIZATION: "群团组织",
  PEOPLES_CONGRESS: "人大",
  CPPCC: "政协",
  DEMOCRATIC_PARTY: "民主党派",
  DISTRICT_COMMITTEE: "区县党委",
  OTHER: "其他",
};

export const UNIT_LEVEL_LABELS: Record<UnitLevel, string> = { CITY: "市级", DISTRICT: "区县级" };

export const toOptions = <K extends string>(labels: Record<K, string>) =>
  (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));
