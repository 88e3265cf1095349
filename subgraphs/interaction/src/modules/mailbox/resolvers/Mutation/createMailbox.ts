import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const createMailbox: MutationResolvers["createMailbox"] = (_parent, { input }, { services }) =>
  services.mailbox.create(input);
