import { enumInput } from "@jiyue/server-kit";
import { z } from "zod";

const trimmed = (max: number, label: string) =>
  z
    .string()
    .transform((value) => value.trim())
    .pipe(z.string().max(max, `${label}不能超过 ${max} 个字`));

export const pushInput = z.object({
  targets: z
    .array(z.object({ siteId: z.uuid("站点标识不正确"), channelId: z.uuid("栏目标识不正确") }))
    .min(1, "请选择报送的站点和栏目")
    .max(50, "一次最多报送 50 个栏目"),
  note: trimmed(500, "报送说明")
    .nullish()
    .transform((value) => value || null),
});

export const declineInput = z.object({
  reason: trimmed(500, "退回原因").pipe(z.string().min(1, "退回必须填写原因")),
});

export const pushStatusInput = enumInput(["pending", "accepted", "declined", "superseded", "withdrawn"]);

export const incomingInput = z.object({
  siteId: z.uuid("站点标识不正确"),
  status: pushStatusInput.nullish(),
  offset: z.number().int().min(0).max(100_000).default(0),
  limit: z.number().int().min(1).max(100).default(20),
});
