import { isIP } from "node:net";
import { domainToASCII } from "node:url";
import { enumInput, visibleText } from "@jiyue/server-kit";
import { z } from "zod";

const name = visibleText(1, 100, "站点名称");
const status = enumInput(["building", "online", "offline"]);
const HOSTNAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/** The platform's own index hosts (JIYUE_PLATFORM_HOSTS, comma-separated): no site may claim them. */
export function platformHosts(env: NodeJS.ProcessEnv = process.env): Set<string> {
  return new Set(
    (env.JIYUE_PLATFORM_HOSTS ?? "")
      .split(",")
      .map((host) => domainToASCII(host.trim().toLowerCase()) || host.trim().toLowerCase())
      .filter(Boolean),
  );
}

/** A site host (optionally with a port), stored in its ASCII (punycode) form. */
export const domain = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const [, host = "", port = ""] = /^(.*?)(:\d{1,5})?$/.exec(value) ?? [];
    const refuse = (message: string) => {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    };
    if (isIP(host) || host.startsWith("[")) return refuse("不能使用 IP 地址作为站点域名");
    // WHATWG host parsing: internationalised names become punycode, odd IPv4 spellings become dotted.
    const ascii = domainToASCII(host.toLowerCase());
    if (!ascii || !HOSTNAME.test(ascii)) return refuse("域名格式不正确");
    if (isIP(ascii) || /^\d+$/.test(ascii.split(".").at(-1) ?? ""))
      return refuse("不能使用 IP 地址作为站点域名");
    if (ascii === "localhost") return refuse("不能使用 localhost 作为站点域名");
    const hosts = platformHosts();
    if (hosts.has(ascii) || hosts.has(`${ascii}${port}`)) return refuse(`“${value}”是平台保留域名`);
    return `${ascii}${port}`;
  });
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
