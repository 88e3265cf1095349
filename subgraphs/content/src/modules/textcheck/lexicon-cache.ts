// The lexicon cache lives in @jiyue/textcheck/runtime (shared with interaction); content's instances log
// through server-kit's logger.
import { logger } from "@jiyue/server-kit";
import { LexiconCache as SharedLexiconCache, type SnapshotSource } from "@jiyue/textcheck/runtime";

export {
  type ActiveLexicon,
  compileEntries,
  httpSnapshotSource,
  type LexiconSnapshot,
  type SnapshotEntry,
  type SnapshotSource,
  withoutFlagged,
} from "@jiyue/textcheck/runtime";

export class LexiconCache extends SharedLexiconCache {
  constructor(source: SnapshotSource) {
    super(source, logger);
  }
}
