import { setRoutingMapping } from "./Mutation/setRoutingMapping";
import { trainRoutingModel } from "./Mutation/trainRoutingModel";
import { routingMappings } from "./Query/routingMappings";
import { routingModel } from "./Query/routingModel";
import { RoutingModel } from "./RoutingModel";

export const routingResolvers = {
  Query: { routingModel, routingMappings },
  Mutation: { trainRoutingModel, setRoutingMapping },
  RoutingModel,
};
