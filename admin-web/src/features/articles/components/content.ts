// The editor's values, how they are sent, and how two versions differ (for the merge dialog).
import type { ArticleContentInput, RevisionContentFragment } from "#gql/graphql";

export interface ContentValues {
  title: string;
  subtitle: string;
  source: string;
  author: string;
  editorOfRecord: string;
  summary: string;
  keywords: string[];
  tags: string[];
  channelId: string;
  body: string;
}

export const MERGE_FIELDS: readonly (keyof ContentValues)[] = [
  "title",
  "subtitle",
  "source",
  "author",
  "editorOfRecord",
  "summary",
  "keywords",
  "tags",
  "channelId",
  "body",
];

export const EMPTY_CONTENT: ContentValues = {
  title: "",
  subtitle: "",
  source: "",
  author: "",
  editorOfRecord: "",
  summary: "",
  keywords: [],
  tags: [],
  channelId: "",
  body: "",
};

export function contentOf(revision: RevisionContentFragment): ContentValues {
  return {
    title: revision.title,
    subtitle: revision.subtitle ?? "",
    source: revision.source ?? "",
    author: revision.author ?? "",
    editorOfRecord: revision.editorOfRecord ?? "",
    summary: revision.summary ?? "",
    keywords: [...revision.keywords],
    tags: [...revision.tags],
    channelId: revision.channel.id,
    body: revision.body,
  };
}

/** Cover and attachments, chosen from the media library. Not part of the merge: the editor's own choice is kept. */
export interface MediaValues {
  coverImageId: string | null;
  attachments: { mediaId: string; name: string }[];
}

export const EMPTY_MEDIA: MediaValues = { coverImageId: null, attachments: [] };

export function mediaOf(
  revision: Pick<RevisionContentFragment, "coverImageId" | "attachments">,
): MediaValues {
  return {
    coverImageId: revision.coverImageId ?? null,
    attachments: revision.attachments.map(({ mediaId, name }) => ({ mediaId, name })),
  };
}

const optional = (value: string | undefined) => (value?.trim() ? value.trim() : null);

/** What is saved. */
export function toContentInput(values: ContentValues, media: MediaValues): ArticleContentInput {
  return {
    title: values.title.trim(),
    subtitle: optional(values.subtitle),
    source: optional(values.source),
    author: optional(values.author),
    editorOfRecord: optional(values.editorOfRecord),
    summary: optional(values.summary),
    body: values.body,
    keywords: values.keywords,
    tags: values.tags,
    channelId: values.channelId,
    coverImageId: media.coverImageId,
    attachmentIds: media.attachments.map((attachment) => attachment.mediaId),
  };
}

function same(a: ContentValues[keyof ContentValues], b: ContentValues[keyof ContentValues]): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => item === b[i]);
  return typeof a === "string" && typeof b === "string" ? a.trim() === b.trim() : a === b;
}

/** The fields where the two versions differ. */
export function differingFields(mine: ContentValues, theirs: ContentValues): (keyof ContentValues)[] {
  return MERGE_FIELDS.filter((field) => !same(mine[field], theirs[field]));
}

export type Choice = "mine" | "theirs";

/** Theirs as the base, with my value for every field where I chose mine. */
export function mergeContent(
  mine: ContentValues,
  theirs: ContentValues,
  choices: Partial<Record<keyof ContentValues, Choice>>,
): ContentValues {
  const merged: ContentValues = { ...theirs };
  for (const field of MERGE_FIELDS) {
    if ((choices[field] ?? "mine") === "mine") Object.assign(merged, { [field]: mine[field] });
  }
  return merged;
}

/** The body images the server keeps: media-library images (see subgraphs/content sanitize.ts). */
export function isMediaImageSrc(src: string): boolean {
  return /^\/media\/[A-Za-z0-9._\-/]+$/.test(src);
}

const imageSources = (html: string): string[] =>
  [...html.matchAll(/<img\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi)].map(
    (match) => match[1] ?? match[2] ?? match[3] ?? "",
  );

/** Images of the sent body that the saved body no longer has (the server's sanitiser removed them). */
export function removedImages(sent: string, saved: string): string[] {
  const kept = new Set(imageSources(saved));
  return imageSources(sent).filter((src) => !kept.has(src));
}
