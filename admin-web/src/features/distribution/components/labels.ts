import type { DeliveryKind, DeliveryStatus, DistributionFormat } from "#gql/graphql";

export const FORMAT_LABELS: Record<DistributionFormat, string> = {
  WECHAT_MP: "类公众号",
  WEIBO: "类微博",
  APP: "移动客户端",
  GENERIC: "通用 JSON",
};

export const KIND_LABELS: Record<DeliveryKind, string> = { PUBLISH: "发布", UPDATE: "更新", RETRACT: "撤稿" };

export const STATUS_LABELS: Record<DeliveryStatus, { text: string; color: string }> = {
  PENDING: { text: "待推送", color: "blue" },
  RETRYING: { text: "重试中", color: "orange" },
  SUCCEEDED: { text: "成功", color: "green" },
  FAILED: { text: "失败", color: "red" },
  CANCELLED: { text: "已作废", color: "default" },
};
