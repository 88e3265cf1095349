// Upload to the media library: multipart POST /media with the access token (not GraphQL).
import { getAccessToken } from "#app/session";
import type { MediaVisibility } from "#gql/graphql";

export interface UploadedMedia {
  id: string;
  kind: "IMAGE" | "FILE";
  name: string;
  url: string;
  thumbUrl: string | null;
}

export const ACCEPT_IMAGES = ".jpg,.jpeg,.png,.gif,.webp";
export const ACCEPT_ALL = `${ACCEPT_IMAGES},.pdf,.docx,.xlsx,.pptx,.zip,.txt`;

export async function uploadMedia(
  file: Blob & { name?: string },
  siteId: string,
  visibility: MediaVisibility = "PRIVATE",
): Promise<UploadedMedia> {
  const form = new FormData();
  form.set("siteId", siteId);
  form.set("visibility", visibility);
  form.set("file", file, file.name ?? "file");
  const token = getAccessToken();
  const response = await fetch("/media", {
    method: "POST",
    headers: token ? { authorization: `Bearer ${token}` } : {},
    body: form,
  });
  const body = (await response.json().catch(() => null)) as
    | (UploadedMedia & { error?: { message?: string } })
    | null;
  if (!response.ok || !body) throw new Error(body?.error?.message ?? `上传失败（${response.status}）`);
  return body;
}

export const VISIBILITY_LABELS: Record<MediaVisibility, string> = {
  PRIVATE: "仅本站",
  UNIT: "本单位共享",
  CITY: "全市共享",
};

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
