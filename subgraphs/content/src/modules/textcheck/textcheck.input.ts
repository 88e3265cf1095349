// What is checked for a revision: its title, its body and the extracted text of its attached documents.
import type { Executor } from "../article/article.repository";
import type { RevisionRow } from "../article/article.sql";
import { MediaRepository } from "../media/media.repository";

export interface AttachmentText {
  id: string;
  name: string;
  text: string;
}

/** Attachment texts of many revisions in one statement (for batches). */
export async function attachmentTexts(
  db: Executor,
  refs: readonly { mediaId: string; name: string }[],
): Promise<Map<string, AttachmentText>> {
  const ids = [...new Set(refs.map((ref) => ref.mediaId))];
  const texts = await new MediaRepository(db).texts(ids);
  const textOf = new Map(texts.map((row) => [row.mediaId, row.text]));
  const out = new Map<string, AttachmentText>();
  for (const ref of refs) {
    const text = textOf.get(ref.mediaId);
    if (text) out.set(ref.mediaId, { id: ref.mediaId, name: ref.name, text });
  }
  return out;
}

export async function revisionCheckInput(
  db: Executor,
  revision: Pick<RevisionRow, "title" | "body" | "attachments">,
) {
  const texts = await attachmentTexts(db, revision.attachments);
  return {
    title: revision.title,
    html: revision.body,
    attachments: revision.attachments.flatMap((ref) => texts.get(ref.mediaId) ?? []),
  };
}
