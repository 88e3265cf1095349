import { z } from "zod";
import { reasonInput } from "../article/article.validation";

export const publishInput = z.object({ at: z.date().nullish() });
export const unpublishInput = z.object({ reason: reasonInput, at: z.date().nullish() });
export const publicPageInput = z.object({
  offset: z.number().int().min(0).max(10_000).default(0),
  limit: z.number().int().min(1).max(100).default(20),
});
