import { enumInput, visibleText } from "@jiyue/server-kit";
import { z } from "zod";
import { obviouslyInternal, privateReceiversAllowed } from "./distribution.network";

const format = enumInput(["wechat_mp", "weibo", "app", "generic"]);
const kind = enumInput(["publish", "update", "retract"]);
const status = enumInput(["pending", "retrying", "succeeded", "failed", "cancelled"]);

/** Only absolute http(s) URLs without embedded credentials: the secret signs, the URL must not carry one. */
const url = z
  .string()
  .trim()
  .max(2000, "地址过长")
  .refine((value) => {
    try {
      const parsed = new URL(value);
      return (parsed.protocol === "http:" || parsed.protocol === "https:") && !!parsed.hostname;
    } catch {
      return false;
    }
  }, "接收地址必须是有效的 http 或 https 地址")
  .refine((value) => {
    try {
      const parsed = new URL(value);
      return !parsed.username && !parsed.password;
    } catch {
      return true;
    }
  }, "接收地址不能包含用户名或密码")
  .refine((value) => {
    try {
      return privateReceiversAllowed() || !obviouslyInternal(value);
    } catch {
      return true;
    }
  }, "接收地址不能是内网或本机地址");

const events = z
  .array(kind)
  .min(1, "至少选择一种推送事件")
  .transform((values) => [...new Set(values)]);

export const createTargetInput = z.object({
  siteId: z.uuid("站点标识不正确"),
  name: visibleText(1, 50, "目标名称"),
  format,
  url,
  events: events.default(["publish", "update", "retract"]),
  enabled: z.boolean().default(true),
  draftOnly: z.boolean().default(false),
});

export const updateTargetInput = z.object({
  name: visibleText(1, 50, "目标名称").optional(),
  format: format.optional(),
  url: url.optional(),
  events: events.optional(),
  enabled: z.boolean().optional(),
  draftOnly: z.boolean().optional(),
});

export const deliveryListInput = z.object({
  siteId: z.uuid("站点标识不正确"),
  status: status.nullish(),
  articleId: z.uuid("稿件标识不正确").nullish(),
  targetId: z.uuid("目标标识不正确").nullish(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(200).default(20),
});
