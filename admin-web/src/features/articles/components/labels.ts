import type { ArticleStatus, ReviewAction } from "#gql/graphql";

export const STATUS_LABELS: Record<ArticleStatus, { text: string; color: string }> = {
  DRAFT: { text: "草稿", color: "default" },
  IN_REVIEW: { text: "审核中", color: "processing" },
  APPROVED: { text: "待发布", color: "cyan" },
  PUBLISHED: { text: "已发布", color: "success" },
  WITHDRAWN: { text: "已撤稿", color: "error" },
};

export const ACTION_LABELS: Record<ReviewAction, string> = {
  SUBMIT: "送审",
  APPROVE: "通过",
  REJECT: "退回",
  WITHDRAW: "撤回",
  PUBLISH: "发布",
  SCHEDULE: "定时",
  UNPUBLISH: "撤稿",
  RESTART: "重新审核",
  CHECK_OVERRIDE: "错敏词放行",
};

/** Field names used by revisionDiff and the merge dialog. */
export const FIELD_LABELS: Record<string, string> = {
  title: "标题",
  subtitle: "副标题",
  source: "来源",
  author: "作者",
  editorOfRecord: "责任编辑",
  summary: "摘要",
  keywords: "关键词",
  tags: "标签",
  channel: "栏目",
  channelId: "栏目",
  body: "正文",
  coverImageId: "封面",
  attachments: "附件",
};

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}
