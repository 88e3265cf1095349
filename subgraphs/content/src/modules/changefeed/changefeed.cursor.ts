// Opaque feed cursors: "cf1:<seq>" in base64url. Anything else is bad input.
import { badInput } from "@jiyue/server-kit";

const PREFIX = "cf1:";

export function encodeCursor(seq: number): string {
  return Buffer.from(`${PREFIX}${seq}`, "utf8").toString("base64url");
}

/** 0 for no cursor (from the beginning). */
export function decodeCursor(cursor: string | null | undefined): number {
  if (cursor == null || cursor === "") return 0;
  const text = /^[A-Za-z0-9_-]{1,64}$/.test(cursor) ? Buffer.from(cursor, "base64url").toString("utf8") : "";
  const match = /^cf1:(\d{1,15})$/.exec(text);
  if (!match) throw badInput("游标无效", { fields: [{ path: "after" }] });
  return Number(match[1]);
}
