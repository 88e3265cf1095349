// Files on disk, content-addressed by sha256 under the media directory (same bytes are stored once).
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../..");

export function mediaDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.JIYUE_MEDIA_DIR) return path.resolve(env.JIYUE_MEDIA_DIR);
  return path.join(
    env.JIYUE_DATA_DIR ? path.resolve(env.JIYUE_DATA_DIR) : path.join(repoRoot, ".data"),
    "media",
  );
}

export const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

async function store(relative: string, bytes: Buffer): Promise<void> {
  const target = path.join(mediaDir(), relative);
  await mkdir(path.dirname(target), { recursive: true });
  // Write then rename, so a reader never sees half a file.
  const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, bytes);
  await rename(temporary, target);
}

export interface StoredMedia {
  sha256: string;
  storedPath: string;
  thumbPath: string | null;
  width: number | null;
  height: number | null;
}

const THUMB_SIZE = 320;

export async function storeMedia(bytes: Buffer, image: boolean, extension: string): Promise<StoredMedia> {
  const hash = sha256(bytes);
  const storedPath = `${hash.slice(0, 2)}/${hash}.${extension}`;
  await store(storedPath, bytes);
  if (!image) return { sha256: hash, storedPath, thumbPath: null, width: null, height: null };
  const metadata = await sharp(bytes, { animated: false }).metadata();
  const thumb = await sharp(bytes, { animated: false })
    .rotate()
    .resize(THUMB_SIZE, THUMB_SIZE, { fit: "inside", withoutEnlargement: true })
    .webp({ quality: 80 })
    .toBuffer();
  const thumbPath = `${hash.slice(0, 2)}/${hash}.thumb.webp`;
  await store(thumbPath, thumb);
  return {
    sha256: hash,
    storedPath,
    thumbPath,
    width: metadata.width ?? null,
    height: metadata.height ?? null,
  };
}

export function readMedia(relative: string): Promise<Buffer> {
  return readFile(path.join(mediaDir(), relative));
}

export function mediaFilePath(relative: string): string {
  return path.join(mediaDir(), relative);
}
