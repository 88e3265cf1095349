import type { LetterActionResolvers } from "../../../generated/resolvers-types";

export const LetterAction: LetterActionResolvers = {
  // A writer without an account (contact phone proven by a code) is still the writer; jobs, the text check
  // and any other non-person actor are the platform itself.
  actorKind: (action) =>
    action.actorKind === "staff"
      ? "STAFF"
      : action.actorKind === "citizen" || action.actorKind === "anonymous"
        ? "CITIZEN"
        : "SYSTEM",
};
