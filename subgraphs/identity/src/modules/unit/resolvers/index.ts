import { createUnit } from "./Mutation/createUnit";
import { updateUnit } from "./Mutation/updateUnit";
import { unit } from "./Query/unit";
import { units } from "./Query/units";
import { Unit } from "./Unit";

export const unitResolvers = {
  Query: { units, unit },
  Mutation: { createUnit, updateUnit },
  Unit,
  UnitKind: {
    PARTY_COMMITTEE: "party_committee",
    MASS_ORGANIZATION: "mass_organization",
    PEOPLES_CONGRESS: "peoples_congress",
    CPPCC: "cppcc",
    DEMOCRATIC_PARTY: "democratic_party",
    DISTRICT_COMMITTEE: "district_committee",
    OTHER: "other",
  },
  UnitLevel: { CITY: "city", DISTRICT: "district" },
};
