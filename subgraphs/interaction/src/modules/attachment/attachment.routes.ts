// HTTP routes for letter attachments on the interaction subgraph (files stay outside GraphQL):
//   POST /letter-attachments      one file (multipart field "file"), by a citizen or an anonymous writer → { id }
//   GET  /letter-attachments/:id  the file, for the writer and staff who may read its letter
import { AppError, isUuid, logger, requestInfo, type SubgraphDeps } from "@jiyue/server-kit";
import Busboy from "busboy";
import type express from "express";
import { createContext, type InteractionSchema } from "../../context";
import { ATTACHMENT_MAX_BYTES } from "./attachment.detect";

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  PAYLOAD_TOO_LARGE: 413,
  TOO_MANY_REQUESTS: 429,
};

function sendError(res: express.Response, error: unknown): void {
  if (error instanceof AppError) {
    const code = String(error.extensions.code);
    res.status(STATUS[code] ?? 400).json({ error: { code, message: error.message } });
    return;
  }
  logger.error({ err: error }, "letter attachment route failed");
  res.status(500).json({ error: { code: "INTERNAL_SERVER_ERROR", message: "服务器内部错误" } });
}

/** Reads the one file of the request (a byte more than the limit is enough to refuse it). */
function readFile(req: express.Request): Promise<{ filename: string; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    let parser: Busboy.Busboy;
    try {
      parser = Busboy({
        headers: req.headers,
        defParamCharset: "utf8",
        limits: { files: 1, fileSize: ATTACHMENT_MAX_BYTES, fields: 5, fieldSize: 1024 },
      });
    } catch {
      reject(new AppError("BAD_USER_INPUT", "请以 multipart/form-data 上传附件"));
      return;
    }
    let file: { filename: string; chunks: Buffer[] } | undefined;
    let tooLarge = false;
    parser.on("file", (_field, stream, info) => {
      if (file) {
        stream.resume();
        return;
      }
      const current = { filename: info.filename ?? "", chunks: [] as Buffer[] };
      file = current;
      stream.on("data", (chunk: Buffer) => current.chunks.push(chunk));
      stream.on("limit", () => {
        tooLarge = true;
      });
    });
    parser.on("error", () => reject(new AppError("BAD_USER_INPUT", "上传数据不完整")));
    parser.on("close", () => {
      if (tooLarge)
        reject(new AppError("PAYLOAD_TOO_LARGE", `附件不能超过 ${ATTACHMENT_MAX_BYTES / 1024 / 1024} MB`));
      else if (!file) reject(new AppError("BAD_USER_INPUT", "没有收到附件"));
      else resolve({ filename: file.filename, bytes: Buffer.concat(file.chunks) });
    });
    req.pipe(parser);
  });
}

export function configureAttachmentRoutes(app: express.Express, deps: SubgraphDeps<InteractionSchema>): void {
  const contextOf = async (req: express.Request) =>
    createContext(
      { caller: await deps.verifyToken(req.headers.authorization), request: requestInfo(req) },
      deps,
    );

  app.post("/letter-attachments", async (req, res) => {
    try {
      const context = await contextOf(req);
      const { filename, bytes } = await readFile(req);
      const row = await context.services.attachment.upload(filename, bytes);
      res.status(201).json({ id: row.id, filename: row.filename, mediaType: row.mediaType, size: row.size });
    } catch (error) {
      if (!req.complete) req.resume();
      sendError(res, error);
    }
  });

  app.get("/letter-attachments/:id", async (req, res) => {
    try {
      const id = String(req.params.id);
      const context = await contextOf(req);
      if (!isUuid(id)) throw new AppError("NOT_FOUND", "附件不存在");
      const row = await context.services.attachment.read(id);
      res.setHeader("cache-control", "private, no-store");
      res.setHeader("x-content-type-options", "nosniff");
      res.setHeader(
        "content-disposition",
        `attachment; filename*=UTF-8''${encodeURIComponent(row.filename)}`,
      );
      res.type(row.mediaType).send(row.data);
    } catch (error) {
      sendError(res, error);
    }
  });
}
