import { isUuid, loaderOfMany } from "@jiyue/server-kit";
import type { AttachmentInfo, AttachmentRepository } from "./attachment.repository";

export function createAttachmentLoaders(repository: AttachmentRepository) {
  return {
    attachmentsByLetter: loaderOfMany(
      async (ids: readonly string[]) => {
        const valid = ids.filter(isUuid);
        return valid.length ? repository.byLetters(valid) : [];
      },
      (row: AttachmentInfo) => row.letterId ?? "",
    ),
  };
}
export type AttachmentLoaders = ReturnType<typeof createAttachmentLoaders>;
