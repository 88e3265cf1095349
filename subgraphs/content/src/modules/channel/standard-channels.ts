/** The standard channel template a new site starts from (editable per site afterwards). */
export const STANDARD_CHANNELS = [
  { name: "工作动态", slug: "gzdt", kind: "list", updateClass: "dynamic" },
  { name: "通知公告", slug: "tzgg", kind: "list", updateClass: "notice" },
  { name: "政策文件", slug: "zcwj", kind: "list", updateClass: "notice" },
  { name: "党务公开", slug: "dwgk", kind: "list", updateClass: "notice" },
  { name: "机构概况", slug: "jggk", kind: "page", updateClass: "other" },
  { name: "领导信息", slug: "ldxx", kind: "page", updateClass: "other" },
  { name: "互动交流", slug: "hdjl", kind: "list", updateClass: "other" },
] as const;
