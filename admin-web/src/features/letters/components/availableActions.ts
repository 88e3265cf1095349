// The handling actions a caller may take on a letter in its current state, mirroring the server's rules
// (letter.service.ts): 分办 in the mailbox's unit, 承办 and 答复审核 in the owner unit. The server still
// decides; this only keeps impossible buttons off the page.
import type { Access, Action } from "#app/access";
import type { LetterDetailFragment } from "#gql/graphql";

export type LetterActionKind =
  | "accept"
  | "notAccept"
  | "assign"
  | "transfer"
  | "coHandle"
  | "requestInfo"
  | "provideInfo"
  | "draftReply"
  | "reviewReply"
  | "publishReply"
  | "rework"
  | "close";

export type ActionSubject = Pick<
  LetterDetailFragment,
  "status" | "ownerUnitId" | "rating" | "reworkCount"
> & {
  mailbox: Pick<LetterDetailFragment["mailbox"], "unitId" | "maxReworks">;
};

/** Unit-scoped and city-wide grants reach letters; site-scoped letter roles do not (as on the server). */
export function canInUnit(access: Access, action: Action, unitId: string): boolean {
  return access.canCityWide(action) || access.unitIds(action).includes(unitId);
}

export function availableActions(letter: ActionSubject, access: Access): LetterActionKind[] {
  const dispatch = canInUnit(access, "letter.dispatch", letter.mailbox.unitId);
  const handle = canInUnit(access, "letter.handle", letter.ownerUnitId);
  const review = canInUnit(access, "letter.reply_review", letter.ownerUnitId);
  const actions: LetterActionKind[] = [];
  switch (letter.status) {
    case "RECEIVED":
      if (dispatch) actions.push("accept", "notAccept");
      break;
    case "ACCEPTED":
      if (dispatch) actions.push("assign");
      break;
    case "HANDLING":
      if (handle) actions.push("draftReply", "requestInfo");
      if (handle || dispatch) actions.push("transfer", "coHandle");
      break;
    case "AWAITING_INFO":
      if (handle) actions.push("provideInfo");
      if (handle || dispatch) actions.push("coHandle");
      break;
    case "REPLY_REVIEW":
      if (review) actions.push("reviewReply");
      break;
    case "REPLY_APPROVED":
      // Not yet published: the reviewer may still send it back (退回修改).
      if (review) actions.push("publishReply", "reviewReply");
      break;
    case "REPLIED":
      if (dispatch) actions.push("close");
      break;
    case "RATED":
      if (dispatch && letter.rating === "UNSATISFIED" && letter.reworkCount < letter.mailbox.maxReworks)
        actions.push("rework");
      if (dispatch) actions.push("close");
      break;
    case "NOT_ACCEPTED":
    case "CLOSED":
      break;
  }
  return actions;
}
