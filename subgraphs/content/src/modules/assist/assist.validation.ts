import { z } from "zod";

export const suggestInput = z.object({
  title: z.string().max(500, "标题最多 500 字"),
  body: z.string().max(2_000_000, "正文过长"),
});
