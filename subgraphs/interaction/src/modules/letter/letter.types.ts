import type { StoredFinding } from "@jiyue/textcheck/runtime";

/** A finding of the letter's text check, as stored on the letter. */
export type LetterFindingModel = StoredFinding;
