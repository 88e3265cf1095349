import { setRoutingMapping } from "./Mutation/setRoutingMapping";
import { trainRoutingModel } from "./Mutation/trainRoutingModel";
import { letterHotTopics } from "./Query/letterHotTopics";
import { routingMappings } from "./Query/routingMappings";
import { routingModel } from "./Query/routingModel";
import { RoutingModel } from "./RoutingModel";

export const routingResolvers = {
  Query: { routingModel, routingMappings, letterHotTopics },
  Mutation: { trainRoutingModel, setRoutingMapping },
  RoutingModel,
};
