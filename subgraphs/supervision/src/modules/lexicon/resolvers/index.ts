import { LexiconEntry } from "./LexiconEntry";
import { LexiconExemption } from "./LexiconExemption";
import { createLexiconEntry } from "./Mutation/createLexiconEntry";
import { deleteLexiconEntry } from "./Mutation/deleteLexiconEntry";
import { exemptLexiconEntry } from "./Mutation/exemptLexiconEntry";
import { removeLexiconExemption } from "./Mutation/removeLexiconExemption";
import { updateLexiconEntry } from "./Mutation/updateLexiconEntry";
import { lexiconEntries } from "./Query/lexiconEntries";
import { lexiconEntry } from "./Query/lexiconEntry";
import { Site } from "./Site";

export const lexiconResolvers = {
  Query: { lexiconEntries, lexiconEntry },
  Mutation: {
    createLexiconEntry,
    updateLexiconEntry,
    deleteLexiconEntry,
    exemptLexiconEntry,
    removeLexiconExemption,
  },
  LexiconEntry,
  LexiconExemption,
  Site,
  LexiconKind: { SENSITIVE: "sensitive", TYPO: "typo", WORDING: "wording", FORBIDDEN: "forbidden" },
  LexiconLevel: { BLOCK: "block", WARN: "warn", INFO: "info" },
  LexiconScope: { CITY: "city", UNIT: "unit" },
};
