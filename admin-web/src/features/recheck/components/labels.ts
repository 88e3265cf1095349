import type { RecheckStatus, TextCheckSeverity } from "#gql/graphql";

export const STATUS_LABELS: Record<RecheckStatus, { label: string; color: string }> = {
  RUNNING: { label: "进行中", color: "processing" },
  DONE: { label: "已完成", color: "success" },
  FAILED: { label: "失败", color: "error" },
};

export const SEVERITY_LABELS: Record<TextCheckSeverity, { label: string; color: string }> = {
  BLOCK: { label: "必须修改", color: "red" },
  WARN: { label: "建议修改", color: "orange" },
  HINT: { label: "提示", color: "blue" },
};

/** The engine's finding categories in Chinese; an unknown category shows as it comes. */
export const CATEGORY_LABELS: Record<string, string> = {
  sensitive: "敏感词",
  typo: "错别字",
  wording: "规范表述",
  name: "人名职务",
  punctuation: "标点",
  date: "日期",
  number: "数字",
  accessibility: "无障碍",
};

export const categoryLabel = (category: string) => CATEGORY_LABELS[category] ?? category;
