import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const trainRoutingModel: MutationResolvers["trainRoutingModel"] = (
  _parent,
  { minSamples },
  { services },
) => services.routing.train(minSamples);
