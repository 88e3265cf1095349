import { diffArrays } from "diff";
import { rawTokens } from "./segment";

export type DiffPart = { kind: "equal" | "insert" | "delete"; text: string };

// Past this the texts are treated as rewritten rather than edited (keeps a worst case bounded).
const DIFF_TIMEOUT_MS = 2000;

/**
 * Word-level diff for Chinese text: both sides are segmented with jieba and compared token by token.
 * Joining the equal and delete parts gives `before`; joining the equal and insert parts gives `after`.
 * Within one changed stretch the deletion comes before the insertion, and single-character equal islands
 * (a lone 的 or comma between two changes) are folded into the change so the result reads as phrases.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  if (before === after) return before === "" ? [] : [{ kind: "equal", text: before }];
  const changes = diffArrays(rawTokens(before), rawTokens(after), { timeout: DIFF_TIMEOUT_MS });
  const parts: DiffPart[] = changes
    ? changes.map((change) => ({
        kind: change.added ? "insert" : change.removed ? "delete" : "equal",
        text: change.value.join(""),
      }))
    : [
        { kind: "delete", text: before },
        { kind: "insert", text: after },
      ];
  return mergeRegions(parts.filter((part) => part.text !== ""));
}

function isChange(part: DiffPart | undefined): boolean {
  return part !== undefined && part.kind !== "equal";
}

// Regroups the parts into alternating equal stretches and change stretches (delete first, then insert).
function mergeRegions(parts: DiffPart[]): DiffPart[] {
  const result: DiffPart[] = [];
  let deleted = "";
  let inserted = "";
  const flush = () => {
    if (deleted) result.push({ kind: "delete", text: deleted });
    if (inserted) result.push({ kind: "insert", text: inserted });
    deleted = "";
    inserted = "";
  };
  parts.forEach((part, index) => {
    if (part.kind === "delete") deleted += part.text;
    else if (part.kind === "insert") inserted += part.text;
    else if ([...part.text].length <= 1 && isChange(parts[index - 1]) && isChange(parts[index + 1])) {
      deleted += part.text;
      inserted += part.text;
    } else {
      flush();
      const last = result.at(-1);
      if (last?.kind === "equal") last.text += part.text;
      else result.push({ kind: "equal", text: part.text });
    }
  });
  flush();
  return result;
}
