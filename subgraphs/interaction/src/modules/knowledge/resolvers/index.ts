import { KnowledgeEntry } from "./KnowledgeEntry";
import { createKnowledgeEntry } from "./Mutation/createKnowledgeEntry";
import { deleteKnowledgeEntry } from "./Mutation/deleteKnowledgeEntry";
import { updateKnowledgeEntry } from "./Mutation/updateKnowledgeEntry";
import { voteKnowledgeEntry } from "./Mutation/voteKnowledgeEntry";
import { knowledgeCategories } from "./Query/knowledgeCategories";
import { knowledgeEntries } from "./Query/knowledgeEntries";
import { knowledgeEntry } from "./Query/knowledgeEntry";
import { knowledgeSuggestions } from "./Query/knowledgeSuggestions";
import { similarReplies } from "./Query/similarReplies";

export const knowledgeResolvers = {
  Query: { knowledgeEntries, knowledgeEntry, knowledgeSuggestions, knowledgeCategories, similarReplies },
  Mutation: { createKnowledgeEntry, updateKnowledgeEntry, deleteKnowledgeEntry, voteKnowledgeEntry },
  KnowledgeEntry,
  KnowledgeSource: { LETTER: "letter", CURATED: "curated" },
};
