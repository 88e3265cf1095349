import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const incomingPushes: QueryResolvers["incomingPushes"] = (_parent, args, { services }) =>
  services.syndication.incoming(args);
