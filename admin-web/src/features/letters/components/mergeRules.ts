// Who may merge or unmerge which letters, mirroring the server (letter.merge.ts): the primary's handlers, or
// dispatchers of every involved letter's mailbox unit. The server still decides; this only keeps impossible
// checkboxes and buttons off the page.
import type { Access } from "#app/access";
import type { LetterStatus } from "#gql/graphql";
import { canInUnit } from "./availableActions";

/** Not yet answered and not waiting for the citizen: a duplicate may be merged from these states. */
export const MERGEABLE: ReadonlySet<LetterStatus> = new Set(["RECEIVED", "ACCEPTED", "HANDLING"]);
/** A primary is accepted and its reply not yet published. */
export const PRIMARY_OPEN: ReadonlySet<LetterStatus> = new Set([
  "ACCEPTED",
  "HANDLING",
  "AWAITING_INFO",
  "REPLY_REVIEW",
  "REPLY_APPROVED",
]);

interface MergeParty {
  ownerUnitId: string;
  mailbox: { unitId: string };
}

/** Whether the caller may merge `duplicate` into `primary` (statuses aside). */
export function mayMerge(
  access: Access,
  primary: MergeParty,
  duplicate: Pick<MergeParty, "mailbox">,
): boolean {
  return (
    canInUnit(access, "letter.handle", primary.ownerUnitId) ||
    (canInUnit(access, "letter.dispatch", primary.mailbox.unitId) &&
      canInUnit(access, "letter.dispatch", duplicate.mailbox.unitId))
  );
}

/**
 * Whether the caller may take a merged letter out of its primary again. A merged letter belongs to its
 * primary's unit, so the primary's handlers are the handlers of the letter's own owner unit.
 */
export function mayUnmerge(
  access: Access,
  letter: MergeParty & { status: LetterStatus; mergedInto: { mailbox: { unitId: string } } | null },
): boolean {
  if (letter.status !== "MERGED" || !letter.mergedInto) return false;
  return mayMerge(access, { ownerUnitId: letter.ownerUnitId, mailbox: letter.mergedInto.mailbox }, letter);
}
