import { LexiconEntry } from "./LexiconEntry";
import { LexiconExemption } from "./LexiconExemption";
import { createLexiconEntry } from "./Mutation/createLexiconEntry";
import { deleteLexiconEntry } from "./Mutation/deleteLexiconEntry";
import { exemptLexiconEntry } from "./Mutation/exemptLexiconEntry";
import { importLexicon } from "./Mutation/importLexicon";
import { removeLexiconExemption } from "./Mutation/removeLexiconExemption";
import { updateLexiconEntry } from "./Mutation/updateLexiconEntry";
import { exportLexicon } from "./Query/exportLexicon";
import { lexiconEntries } from "./Query/lexiconEntries";
import { lexiconEntry } from "./Query/lexiconEntry";
import { lexiconExemptions } from "./Query/lexiconExemptions";
import { lexiconVersion } from "./Query/lexiconVersion";
import { Site } from "./Site";

export const lexiconResolvers = {
  Query: { lexiconEntries, lexiconEntry, lexiconVersion, lexiconExemptions, exportLexicon },
  Mutation: {
    createLexiconEntry,
    updateLexiconEntry,
    deleteLexiconEntry,
    exemptLexiconEntry,
    removeLexiconExemption,
    importLexicon,
  },
  LexiconEntry,
  LexiconExemption,
  Site,
  LexiconKind: {
    SENSITIVE: "sensitive",
    TYPO: "typo",
    WORDING: "wording",
    FORBIDDEN: "forbidden",
    NAME: "name",
    PATTERN: "pattern",
  },
  LexiconFileFormat: { CSV: "csv", XLSX: "xlsx" },
  LexiconImportAction: { ADD: "add", UPDATE: "update", UNCHANGED: "unchanged", REJECT: "reject" },
  LexiconLevel: { BLOCK: "block", WARN: "warn", INFO: "info" },
  LexiconScope: { CITY: "city", UNIT: "unit" },
};
