import { notFound } from "@jiyue/server-kit";
import type { ArticleResolvers, ReviewSheetResolvers } from "../../../generated/resolvers-types";
import { ignoreCheckFindings } from "./Mutation/ignoreCheckFindings";
import { overrideCheckFindings } from "./Mutation/overrideCheckFindings";
import { checkText } from "./Query/checkText";

const Article: ArticleResolvers = {
  checkResult: async (article, _args, { loaders, services }) => {
    const revision = await loaders.revisionById.load(article.currentRevisionId);
    if (!revision) throw notFound("修订", article.currentRevisionId);
    return services.textcheck.resultOf(article, revision);
  },
};

const ReviewSheet: ReviewSheetResolvers = {
  checkResult: (sheet, _args, { services }) => services.textcheck.resultOf(sheet.article, sheet.revision),
};

export const textcheckResolvers = {
  Query: { checkText },
  Mutation: { overrideCheckFindings, ignoreCheckFindings },
  Article,
  ReviewSheet,
  TextCheckSeverity: { BLOCK: "block", WARN: "warn", HINT: "hint" },
  TextCheckFinding: {
    field: (finding: { field: string }) => finding.field.toUpperCase(),
    attachmentName: (finding: { attachment?: { name: string } | null }) => finding.attachment?.name ?? null,
  },
  TextCheckOverride: { at: (row: { createdAt: Date }) => row.createdAt },
};
