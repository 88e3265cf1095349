import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const myReviewTasks: QueryResolvers["myReviewTasks"] = (_parent, _args, { services }) =>
  services.workflow.myReviewTasks();
