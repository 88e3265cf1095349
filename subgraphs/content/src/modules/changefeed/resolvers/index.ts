import { registerChangefeedListener } from "../changefeed.listener";
import { PublishedChange } from "./PublishedChange";
import { publishedChanges } from "./Query/publishedChanges";

registerChangefeedListener();

export const changefeedResolvers = {
  Query: { publishedChanges },
  PublishedChange,
  PublishedChangeKind: { PUBLISHED: "published", UPDATED: "updated", WITHDRAWN: "withdrawn" },
};
