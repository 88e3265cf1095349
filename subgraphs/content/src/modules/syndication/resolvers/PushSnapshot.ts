import type { PushSnapshotResolvers } from "../../../generated/resolvers-types";

/** Only the published snapshot's content: never the origin article itself (its drafts are not the target's). */
export const PushSnapshot: PushSnapshotResolvers = {
  revisionNumber: (revision) => revision.number,
  title: (revision) => revision.title,
  subtitle: (revision) => revision.subtitle,
  source: (revision) => revision.source,
  author: (revision) => revision.author,
  summary: (revision) => revision.summary,
  body: (revision) => revision.body,
  keywords: (revision) => revision.keywords,
};
