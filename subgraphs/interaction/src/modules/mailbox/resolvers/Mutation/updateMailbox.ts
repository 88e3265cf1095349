import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const updateMailbox: MutationResolvers["updateMailbox"] = (_parent, { id, input }, { services }) =>
  services.mailbox.update(id, input);
