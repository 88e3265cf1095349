import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const deliveries: QueryResolvers["deliveries"] = (_parent, args, { services }) =>
  services.distribution.deliveries(args);
