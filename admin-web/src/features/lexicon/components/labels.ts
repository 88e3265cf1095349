import type { LexiconImportAction, LexiconKind, LexiconLevel, LexiconScope } from "#gql/graphql";

export const KIND_LABELS: Record<LexiconKind, string> = {
  SENSITIVE: "敏感词",
  TYPO: "错别字",
  WORDING: "不规范表述",
  FORBIDDEN: "禁用词",
  NAME: "受保护人名",
  PATTERN: "规则",
};

export const LEVEL_LABELS: Record<LexiconLevel, { label: string; color: string }> = {
  BLOCK: { label: "阻断", color: "red" },
  WARN: { label: "提醒", color: "orange" },
  INFO: { label: "提示", color: "blue" },
};

export const SCOPE_LABELS: Record<LexiconScope, string> = { CITY: "市级", UNIT: "单位" };

export const IMPORT_ACTION_LABELS: Record<LexiconImportAction, { label: string; color: string }> = {
  ADD: { label: "新增", color: "green" },
  UPDATE: { label: "更新", color: "blue" },
  UNCHANGED: { label: "不变", color: "default" },
  REJECT: { label: "拒绝", color: "red" },
};

/** The field names an import reports as changed, in Chinese. */
export const FIELD_LABELS: Record<string, string> = {
  level: "级别",
  suggestion: "建议用语",
  note: "说明",
  source: "来源",
  enabled: "启用",
  titles: "职务",
  category: "规则类别",
};

/** Why a unit cannot exempt a city block-level entry (the server refuses it with the same rule). */
export const CANNOT_EXEMPT_BLOCK =
  "市级“阻断”级词条不能被单位豁免或降级；如确需调整，请联系市级词库管理员修改该市级词条";

export const options = <K extends string>(labels: Record<K, string | { label: string }>) =>
  (Object.entries(labels) as [K, string | { label: string }][]).map(([value, label]) => ({
    value,
    label: typeof label === "string" ? label : label.label,
  }));
