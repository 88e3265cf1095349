import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const routingMappings: QueryResolvers["routingMappings"] = (_parent, _args, { services }) =>
  services.routing.mappings();
