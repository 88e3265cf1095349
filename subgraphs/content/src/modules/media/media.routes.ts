// HTTP routes of the media library on the content subgraph: POST /media (multipart upload, staff token) and
// GET /media/:id[/thumb] (public only while a live published article uses the asset, else staff with read).
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import {
  ANONYMOUS,
  AppError,
  type Caller,
  isUuid,
  logger,
  requestInfo,
  type SubgraphDeps,
} from "@jiyue/server-kit";
import Busboy from "busboy";
import type express from "express";
import { type ContentSchema, createContext } from "../../context";
import { FILE_LIMIT, MB, UploadError } from "./media.detect";
import { MediaRepository } from "./media.repository";
import { mediaUrl, thumbUrl } from "./media.service";
import type { MediaAssetRow } from "./media.sql";
import { mediaFilePath } from "./media.storage";

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
};

function sendError(res: express.Response, error: unknown): void {
  if (error instanceof UploadError) {
    res.status(error.status).json({ error: { code: error.code, message: error.message } });
    return;
  }
  if (error instanceof AppError) {
    const code = String(error.extensions.code);
    res.status(STATUS[code] ?? 400).json({ error: { code, message: error.message } });
    return;
  }
  logger.error({ err: error }, "media route failed");
  res.status(500).json({ error: { code: "INTERNAL_SERVER_ERROR", message: "服务器内部错误" } });
}

export function assetJson(row: MediaAssetRow) {
  return {
    id: row.id,
    kind: row.kind.toUpperCase(),
    name: row.originalName,
    mimeType: row.mimeType,
    size: row.size,
    width: row.width,
    height: row.height,
    url: mediaUrl(row.id),
    thumbUrl: row.thumbPath ? thumbUrl(row.id) : null,
    visibility: row.visibility.toUpperCase(),
    createdAt: row.createdAt.toISOString(),
  };
}

interface ParsedUpload {
  fields: Record<string, string>;
  name: string;
  bytes: Buffer;
}

/** Reads one file (at most FILE_LIMIT bytes, the larger limit; images are checked after detection). */
function parseMultipart(req: express.Request): Promise<ParsedUpload> {
  return new Promise((resolve, reject) => {
    let busboy: Busboy.Busboy;
    try {
      busboy = Busboy({
        headers: req.headers,
        limits: { files: 1, fileSize: FILE_LIMIT, fields: 10, fieldSize: 1024 },
        defParamCharset: "utf8",
      });
    } catch {
      reject(new UploadError("BAD_USER_INPUT", "请以 multipart/form-data 上传文件"));
      return;
    }
    const fields: Record<string, string> = {};
    let file: { name: string; chunks: Buffer[] } | undefined;
    let tooLarge = false;
    busboy.on("field", (name, value) => {
      fields[name] = value;
    });
    busboy.on("file", (_field, stream, info) => {
      if (file) {
        stream.resume();
        return;
      }
      const current = { name: info.filename ?? "", chunks: [] as Buffer[] };
      file = current;
      stream.on("data", (chunk: Buffer) => current.chunks.push(chunk));
      stream.on("limit", () => {
        tooLarge = true;
      });
    });
    busboy.on("error", () => reject(new UploadError("BAD_USER_INPUT", "上传数据不完整")));
    busboy.on("close", () => {
      if (tooLarge) reject(new UploadError("FILE_TOO_LARGE", `文件不能超过 ${FILE_LIMIT / MB} MB`));
      else if (!file) reject(new UploadError("BAD_USER_INPUT", "没有收到文件"));
      else resolve({ fields, name: file.name, bytes: Buffer.concat(file.chunks) });
    });
    req.pipe(busboy);
  });
}

async function callerOf(req: express.Request, deps: SubgraphDeps<ContentSchema>): Promise<Caller> {
  return deps.verifyToken(req.headers.authorization);
}

const ONE_DAY = 86_400;

export function configureMediaRoutes(app: express.Express, deps: SubgraphDeps<ContentSchema>): void {
  app.post("/media", async (req, res) => {
    try {
      const caller = await callerOf(req, deps);
      if (caller === ANONYMOUS || caller.kind === "anonymous") {
        req.resume();
        res.status(401).json({ error: { code: "UNAUTHENTICATED", message: "需要登录" } });
        return;
      }
      const context = createContext({ caller, request: requestInfo(req) }, deps);
      const upload = await parseMultipart(req);
      const row = await context.services.media.upload(upload.fields, upload.name, upload.bytes);
      res.status(201).json(assetJson(row));
    } catch (error) {
      if (!req.complete) req.resume();
      sendError(res, error);
    }
  });

  const serve = (thumb: boolean) => async (req: express.Request, res: express.Response) => {
    try {
      const id = String(req.params.id);
      const repository = new MediaRepository(deps.db);
      const [asset] = isUuid(id) ? await repository.byIds([id]) : [];
      const relative = thumb ? asset?.thumbPath : asset?.storedPath;
      if (!asset || !relative) {
        res.status(404).json({ error: { code: "NOT_FOUND", message: "资源不存在" } });
        return;
      }
      const isPublic = await repository.isPublic(asset.id);
      if (!isPublic) {
        const caller = await callerOf(req, deps);
        if (caller.kind === "anonymous") {
          res.status(401).json({ error: { code: "UNAUTHENTICATED", message: "需要登录" } });
          return;
        }
        const context = createContext({ caller, request: requestInfo(req) }, deps);
        // Without the right to read it, the asset does not exist for this caller.
        if (!(await context.services.media.mayRead(asset))) {
          res.status(404).json({ error: { code: "NOT_FOUND", message: "资源不存在" } });
          return;
        }
      }
      const file = mediaFilePath(relative);
      const size = thumb ? (await stat(file)).size : asset.size;
      const etag = `"${asset.sha256}${thumb ? "-t" : ""}"`;
      res.setHeader("X-Content-Type-Options", "nosniff");
      res.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
      res.setHeader("ETag", etag);
      res.setHeader(
        "Cache-Control",
        isPublic ? `public, max-age=${ONE_DAY}, stale-while-revalidate=${ONE_DAY}` : "private, no-store",
      );
      res.setHeader("Content-Type", thumb ? "image/webp" : asset.mimeType);
      if (asset.kind !== "image" && !thumb)
        res.setHeader(
          "Content-Disposition",
          `attachment; filename*=UTF-8''${encodeURIComponent(asset.originalName)}`,
        );
      if (req.headers["if-none-match"] === etag) {
        res.status(304).end();
        return;
      }
      res.setHeader("Content-Length", String(size));
      createReadStream(file)
        .on("error", (error) => {
          logger.error({ err: error, mediaId: asset.id }, "media file unreadable");
          res.destroy();
        })
        .pipe(res);
    } catch (error) {
      sendError(res, error);
    }
  };
  app.get("/media/:id", serve(false));
  app.get("/media/:id/thumb", serve(true));
}
