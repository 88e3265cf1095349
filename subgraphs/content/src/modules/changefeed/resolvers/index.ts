import { PublishedChange } from "./PublishedChange";
import { publishedChanges } from "./Query/publishedChanges";

export const changefeedResolvers = {
  Query: { publishedChanges },
  PublishedChange,
  PublishedChangeKind: { PUBLISHED: "published", UPDATED: "updated", WITHDRAWN: "withdrawn" },
};
