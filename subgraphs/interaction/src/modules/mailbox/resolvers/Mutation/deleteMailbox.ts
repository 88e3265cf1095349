import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const deleteMailbox: MutationResolvers["deleteMailbox"] = (_parent, { id }, { services }) =>
  services.mailbox.delete(id);
