// What may be uploaded: the type is detected from the bytes (file-type), never trusted from the name, and the
// name's extension must agree with what the bytes are.
import { fileTypeFromBuffer } from "file-type";
import type { MediaKindValue } from "./media.sql";

export const MB = 1024 * 1024;
export const IMAGE_LIMIT = 10 * MB;
export const FILE_LIMIT = 50 * MB;

interface AllowedType {
  kind: MediaKindValue;
  extensions: string[];
}

const ALLOWED: Record<string, AllowedType> = {
  "image/jpeg": { kind: "image", extensions: ["jpg", "jpeg"] },
  "image/png": { kind: "image", extensions: ["png"] },
  "image/gif": { kind: "image", extensions: ["gif"] },
  "image/webp": { kind: "image", extensions: ["webp"] },
  "application/pdf": { kind: "file", extensions: ["pdf"] },
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
    kind: "file",
    extensions: ["docx"],
  },
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { kind: "file", extensions: ["xlsx"] },
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": {
    kind: "file",
    extensions: ["pptx"],
  },
  "application/zip": { kind: "file", extensions: ["zip"] },
  "text/plain": { kind: "file", extensions: ["txt"] },
};

export type UploadErrorCode = "UNSUPPORTED_TYPE" | "TYPE_MISMATCH" | "FILE_TOO_LARGE" | "BAD_USER_INPUT";

export class UploadError extends Error {
  constructor(
    readonly code: UploadErrorCode,
    message: string,
    readonly status = code === "FILE_TOO_LARGE" ? 413 : 400,
  ) {
    super(message);
  }
}

export interface DetectedType {
  kind: MediaKindValue;
  mimeType: string;
}

// Markup that a browser could render as a document (HTML, SVG, XML) is never "plain text".
const MARKUP = /<\s*(!doctype|html|head|body|script|svg|iframe|object|embed|\?xml|meta|style|a\s)/i;

function plainText(bytes: Buffer): boolean {
  if (bytes.length === 0 || bytes.includes(0)) return false;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  return !MARKUP.test(text);
}

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(dot + 1).toLowerCase();
}

export async function detectType(bytes: Buffer, name: string): Promise<DetectedType> {
  const detected = await fileTypeFromBuffer(bytes);
  const mimeType = detected?.mime ?? (plainText(bytes) ? "text/plain" : null);
  const allowed = mimeType ? ALLOWED[mimeType] : undefined;
  if (!mimeType || !allowed)
    throw new UploadError(
      "UNSUPPORTED_TYPE",
      "不支持的文件类型：图片仅限 JPEG、PNG、GIF、WebP，文件仅限 PDF、Word、Excel、PowerPoint、ZIP、TXT",
    );
  if (!allowed.extensions.includes(extensionOf(name)))
    throw new UploadError(
      "TYPE_MISMATCH",
      `文件扩展名与内容不符（内容为 ${allowed.extensions[0]?.toUpperCase()}）`,
    );
  const limit = allowed.kind === "image" ? IMAGE_LIMIT : FILE_LIMIT;
  if (bytes.length > limit)
    throw new UploadError(
      "FILE_TOO_LARGE",
      `${allowed.kind === "image" ? "图片" : "文件"}不能超过 ${limit / MB} MB`,
    );
  return { kind: allowed.kind, mimeType };
}
