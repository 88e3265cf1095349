import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const routingModel: QueryResolvers["routingModel"] = (_parent, _args, { services }) =>
  services.routing.modelInfo();
