import type { RoutingModelResolvers } from "../../../generated/resolvers-types";

export const RoutingModel: RoutingModelResolvers = {
  source: (model) => model.source.toUpperCase(),
  categories: (model) =>
    Object.entries(model.categoryCounts)
      .map(([category, count]) => ({ category, count }))
      .sort((a, b) => b.count - a.count),
};
