import type { ArticleResolvers } from "../../../generated/resolvers-types";
import { NearDuplicate } from "./NearDuplicate";
import { suggestWriting } from "./Query/suggestWriting";

const Article: ArticleResolvers = {
  writingAssist: (row, _args, { services }) => services.assist.forArticle(row),
};

export const assistResolvers = {
  Query: { suggestWriting },
  Article,
  NearDuplicate,
};
