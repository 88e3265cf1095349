import { Article } from "./Article";
import { approveArticle } from "./Mutation/approveArticle";
import { rejectArticle } from "./Mutation/rejectArticle";
import { submitArticle } from "./Mutation/submitArticle";
import { updateWorkflow } from "./Mutation/updateWorkflow";
import { withdrawArticle } from "./Mutation/withdrawArticle";
import { myReviewTasks } from "./Query/myReviewTasks";
import { reviewSheet } from "./Query/reviewSheet";
import { workflow } from "./Query/workflow";
import { ReviewTransition } from "./ReviewTransition";

export const workflowResolvers = {
  Query: { myReviewTasks, workflow, reviewSheet },
  Mutation: { submitArticle, approveArticle, rejectArticle, withdrawArticle, updateWorkflow },
  ReviewTransition,
  Article,
  WorkflowDefinition: {
    site: (row: { siteId: string }) => ({ __typename: "Site" as const, id: row.siteId }),
  },
  ReviewAction: {
    SUBMIT: "submit",
    APPROVE: "approve",
    REJECT: "reject",
    WITHDRAW: "withdraw",
    PUBLISH: "publish",
    SCHEDULE: "schedule",
    UNPUBLISH: "unpublish",
    RESTART: "restart",
    CHECK_OVERRIDE: "check_override",
  },
};
