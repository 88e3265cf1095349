// What a letter may carry: PDF, JPEG, PNG and Word (docx), at most 10 MB each, the type detected from the
// bytes (file-type) and agreeing with the name's extension.
import { fileTypeFromBuffer } from "file-type";

export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const ATTACHMENTS_PER_LETTER = 5;

const ALLOWED: Record<string, string[]> = {
  "application/pdf": ["pdf"],
  "image/jpeg": ["jpg", "jpeg"],
  "image/png": ["png"],
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ["docx"],
};

export const ATTACHMENT_TYPES_TEXT = "PDF、JPG、PNG、DOCX";

export class AttachmentError extends Error {
  constructor(
    readonly code: "BAD_USER_INPUT" | "PAYLOAD_TOO_LARGE",
    message: string,
  ) {
    super(message);
  }
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(dot + 1).toLowerCase();
}

/** The media type of an acceptable attachment, or an AttachmentError saying why not. */
export async function detectAttachment(bytes: Buffer, filename: string): Promise<string> {
  if (bytes.length === 0) throw new AttachmentError("BAD_USER_INPUT", "附件是空文件");
  if (bytes.length > ATTACHMENT_MAX_BYTES)
    throw new AttachmentError("PAYLOAD_TOO_LARGE", `附件不能超过 ${ATTACHMENT_MAX_BYTES / 1024 / 1024} MB`);
  const detected = await fileTypeFromBuffer(bytes);
  const extensions = detected ? ALLOWED[detected.mime] : undefined;
  if (!detected || !extensions)
    throw new AttachmentError("BAD_USER_INPUT", `附件仅限 ${ATTACHMENT_TYPES_TEXT} 格式：${filename}`);
  if (!extensions.includes(extensionOf(filename)))
    throw new AttachmentError(
      "BAD_USER_INPUT",
      `附件扩展名与内容不符（内容为 ${extensions[0]?.toUpperCase()}）：${filename}`,
    );
  return detected.mime;
}
