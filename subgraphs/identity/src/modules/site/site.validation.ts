import { enumInput } from "@jiyue/server-kit";
import { z } from "zod";

const name = z.string().trim().min(1, "站点名称不能为空").max(100, "站点名称不能超过 100 个字");
const status = enumInput(["building", "online", "offline"]);
const domain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(:\d{1,5})?$/,
    "域名格式不正确",
  );
const domains = z
  .array(domain)
  .max(20, "一个站点最多绑定 20 个域名")
  .refine((list) => new Set(list).size === list.length, "域名重复");
const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `${what}不能超过 ${max} 个字`)
    .nullish()
    .transform((value) => (value ? value : null));

export const createSiteInput = z.object({
  unitId: z.uuid("单位标识不正确"),
  parentId: z.uuid("上级站点标识不正确").nullish(),
  code: z
    .string()
    .trim()
    .regex(
      /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/,
      "站点代码只能包含小写字母、数字和连字符（不以连字符开头或结尾），最长 40 个字符",
    ),
  name,
  domains: domains.nullish(),
  status: status.default("building"),
  siteIdCode: optionalText(40, "网站标识码"),
  description: optionalText(500, "站点简介"),
  template: z.enum(["standard", "empty"], "栏目模板只能是 standard 或 empty").nullish(),
});

export const updateSiteInput = z.object({
  name: name.optional(),
  domains: domains.nullish(),
  status: status.nullish(),
  siteIdCode: optionalText(40, "网站标识码").optional(),
  description: optionalText(500, "站点简介").optional(),
});
