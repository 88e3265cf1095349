import { createTopic } from "./Mutation/createTopic";
import { deleteTopic } from "./Mutation/deleteTopic";
import { updateTopic } from "./Mutation/updateTopic";
import { topic } from "./Query/topic";
import { topicBySlug } from "./Query/topicBySlug";
import { Site } from "./Site";
import { Topic } from "./Topic";

export const topicResolvers = {
  Query: { topic, topicBySlug },
  Mutation: { createTopic, updateTopic, deleteTopic },
  Topic,
  Site,
};
