import { Letter } from "./Letter";
import { LetterAction } from "./LetterAction";
import { LetterUnit } from "./LetterUnit";
import { acceptLetter } from "./Mutation/acceptLetter";
import { assignLetter } from "./Mutation/assignLetter";
import { closeLetter } from "./Mutation/closeLetter";
import { coHandleLetter } from "./Mutation/coHandleLetter";
import { draftLetterReply } from "./Mutation/draftLetterReply";
import { mergeLetters } from "./Mutation/mergeLetters";
import { notAcceptLetter } from "./Mutation/notAcceptLetter";
import { provideLetterInfo } from "./Mutation/provideLetterInfo";
import { publishLetterReply } from "./Mutation/publishLetterReply";
import { rateLetter } from "./Mutation/rateLetter";
import { requestLetterInfo } from "./Mutation/requestLetterInfo";
import { reviewLetterReply } from "./Mutation/reviewLetterReply";
import { reworkLetter } from "./Mutation/reworkLetter";
import { submitLetter } from "./Mutation/submitLetter";
import { transferLetter } from "./Mutation/transferLetter";
import { unmergeLetter } from "./Mutation/unmergeLetter";
import { letter } from "./Query/letter";
import { letterByQueryCode } from "./Query/letterByQueryCode";
import { letters } from "./Query/letters";
import { myLetters } from "./Query/myLetters";

export const letterResolvers = {
  Query: { letter, letters, myLetters, letterByQueryCode },
  Mutation: {
    submitLetter,
    acceptLetter,
    notAcceptLetter,
    assignLetter,
    transferLetter,
    coHandleLetter,
    requestLetterInfo,
    provideLetterInfo,
    draftLetterReply,
    reviewLetterReply,
    publishLetterReply,
    rateLetter,
    closeLetter,
    reworkLetter,
    mergeLetters,
    unmergeLetter,
  },
  Letter,
  LetterAction,
  LetterUnit,
  LetterCheckResult: {
    checkedAt: (result: { checkedAt: string }) => new Date(result.checkedAt),
  },
  LetterCheckFinding: { field: (finding: { field: string }) => finding.field.toUpperCase() },
  TextCheckSeverity: { BLOCK: "block", WARN: "warn", HINT: "hint" },
  LetterStatus: {
    RECEIVED: "received",
    NOT_ACCEPTED: "not_accepted",
    ACCEPTED: "accepted",
    HANDLING: "handling",
    AWAITING_INFO: "awaiting_info",
    REPLY_REVIEW: "reply_review",
    REPLY_APPROVED: "reply_approved",
    REPLIED: "replied",
    RATED: "rated",
    CLOSED: "closed",
    MERGED: "merged",
  },
  LetterRating: {
    SATISFIED: "satisfied",
    BASICALLY_SATISFIED: "basically_satisfied",
    UNSATISFIED: "unsatisfied",
  },
};
