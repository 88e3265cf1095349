import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const mailbox: QueryResolvers["mailbox"] = (_parent, { id }, { services }) =>
  services.mailbox.byId(id);
