// Attachments and covers of revisions, named and linked from the media library (the stored name is a fallback).
import type { AttachmentModel } from "../article/article.types";
import type { MediaLoaders } from "./media.loaders";
import { mediaUrl } from "./media.service";

export async function attachmentsFromMedia(
  refs: { mediaId: string; name: string }[],
  loaders: MediaLoaders,
): Promise<AttachmentModel[]> {
  const assets = await Promise.all(refs.map((ref) => loaders.mediaById.load(ref.mediaId)));
  return refs.map((ref, index) => {
    const asset = assets[index];
    return {
      mediaId: ref.mediaId,
      name: asset?.originalName ?? ref.name,
      url: asset ? mediaUrl(asset.id) : null,
    };
  });
}

export async function coverUrl(coverImageId: string | null, loaders: MediaLoaders): Promise<string | null> {
  if (!coverImageId) return null;
  const asset = await loaders.mediaById.load(coverImageId);
  return asset?.kind === "image" ? mediaUrl(asset.id) : null;
}
