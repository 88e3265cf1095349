import { DEFAULT_ROLES } from "@jiyue/server-kit";
import { z } from "zod";

/** Roles that may review articles: the stages of a workflow are assigned to these. */
export const REVIEWER_ROLE_CODES = DEFAULT_ROLES.filter((role) =>
  role.actions.includes("article.review"),
).map((role) => role.code);

export const updateWorkflowInput = z.object({
  siteId: z.uuid("站点标识不正确"),
  stages: z
    .array(
      z.object({
        name: z.string().trim().min(1, "环节名称不能为空").max(20, "环节名称不能超过 20 个字"),
        roleCode: z
          .string()
          .trim()
          .refine((code) => REVIEWER_ROLE_CODES.includes(code), "审核角色不存在或不是审核角色"),
      }),
    )
    .min(1, "至少需要一个审核环节")
    .max(5, "审核环节最多 5 个")
    .refine(
      (stages) => new Set(stages.map((stage) => stage.roleCode)).size === stages.length,
      "每个环节须由不同的审核角色负责",
    ),
});
