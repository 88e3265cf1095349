// Cache tags of 智库 pages: one entry's page, and every page listing or suggesting entries. The portal's event
// consumer turns interaction's knowledge.entry_published / _updated / _removed into both (server/invalidation.ts).
export const knowledgeEntryTag = (id: string) => `knowledge:${id}`;
export const KNOWLEDGE_LIST_TAG = "knowledge-list";
