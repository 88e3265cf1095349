import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const oneWindowMailbox: QueryResolvers["oneWindowMailbox"] = (_parent, _args, { services }) =>
  services.mailbox.oneWindow();
