import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const unitMailboxes: QueryResolvers["unitMailboxes"] = (_parent, { unitId }, { services }) =>
  services.mailbox.forUnit(unitId);
