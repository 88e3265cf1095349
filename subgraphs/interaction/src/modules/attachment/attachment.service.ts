// Letter attachments: uploads by writers (signed-in citizens or anonymous visitors; type and size checked, a
// bounded volume per address), attaching them to a letter at submission, and reading them back — only the
// writer and staff who may read the letter; anybody else gets NOT_FOUND.
import {
  AppError,
  badInput,
  type Caller,
  forbidden,
  notFound,
  type RequestInfo,
  tooManyRequests,
  unauthenticated,
} from "@jiyue/server-kit";
import type { InteractionDb } from "../../context";
import { canReadLetter } from "../letter/letter.access";
import type { LetterLoaders } from "../letter/letter.loaders";
import { limitFromEnv } from "../verification/rate-limit";
import { AttachmentError, detectAttachment } from "./attachment.detect";
import type { AttachmentLoaders } from "./attachment.loaders";
import { type AttachmentInfo, AttachmentRepository } from "./attachment.repository";
import type { LetterAttachmentRow } from "./attachment.sql";

const HOUR_MS = 3600_000;
/** Megabytes one address may upload per hour (JIYUE_ATTACHMENT_MB_PER_ADDRESS, default 100; 0 = no limit). */
export const attachmentMegabytesPerAddress = () => limitFromEnv("JIYUE_ATTACHMENT_MB_PER_ADDRESS", 100);

export class AttachmentService {
  constructor(
    private readonly db: InteractionDb,
    private readonly caller: Caller,
    private readonly request: RequestInfo,
    private readonly loaders: AttachmentLoaders & Pick<LetterLoaders, "letterById" | "unitsByLetter">,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async upload(filename: string, bytes: Buffer): Promise<AttachmentInfo> {
    if (this.caller.kind !== "citizen" && this.caller.kind !== "anonymous")
      throw forbidden("仅限写信人上传附件");
    const name = filename.trim().slice(-120) || "附件";
    let mediaType: string;
    try {
      mediaType = await detectAttachment(bytes, name);
    } catch (error) {
      if (error instanceof AttachmentError)
        throw new AppError(error.code, error.message, {
          fields: [{ path: "attachments", message: error.message }],
        });
      throw error;
    }
    const address = this.request.ip ?? "unknown";
    const repository = new AttachmentRepository(this.db);
    const budget = attachmentMegabytesPerAddress() * 1024 * 1024;
    if (budget > 0) {
      const since = new Date(this.now().getTime() - HOUR_MS);
      if ((await repository.bytesFrom(address, since)) + bytes.length > budget)
        throw tooManyRequests("上传附件过于频繁，请一小时后再试", HOUR_MS / 1000);
    }
    return repository.insert({
      filename: name,
      mediaType,
      size: bytes.length,
      data: bytes,
      citizenId: this.caller.kind === "citizen" ? this.caller.citizenId : null,
      address,
      createdAt: this.now(),
    });
  }

  /** Inside the submission's transaction: the letter takes the writer's uploads, or nothing is submitted. */
  async attach(
    tx: Pick<InteractionDb, "select" | "insert" | "update" | "delete">,
    letterId: string,
    ids: string[],
    citizenId: string | null,
  ): Promise<void> {
    const unique = [...new Set(ids)];
    const taken = await new AttachmentRepository(tx).attach(letterId, unique, citizenId);
    if (taken.length !== unique.length) {
      const message = "附件不存在或已使用，请重新上传";
      throw badInput(message, { fields: [{ path: "attachmentIds", message }] });
    }
  }

  /** The file, for the writer and for staff who may read its letter. */
  async read(id: string): Promise<LetterAttachmentRow> {
    if (this.caller.kind === "anonymous") throw unauthenticated();
    const row = await new AttachmentRepository(this.db).byId(id);
    if (!row) throw notFound("附件", id);
    if (!row.letterId) {
      if (this.caller.kind === "citizen" && row.citizenId === this.caller.citizenId) return row;
      throw notFound("附件", id);
    }
    const letter = await this.loaders.letterById.load(row.letterId);
    if (!letter || !canReadLetter(this.caller, letter, await this.loaders.unitsByLetter.load(letter.id)))
      throw notFound("附件", id);
    return row;
  }

  ofLetter(letterId: string): Promise<AttachmentInfo[]> {
    return this.loaders.attachmentsByLetter.load(letterId);
  }
}
