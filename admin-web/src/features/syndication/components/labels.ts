import type { PushStatus } from "#gql/graphql";

export const PUSH_STATUS_LABELS: Record<PushStatus, { text: string; color: string }> = {
  PENDING: { text: "待采用", color: "processing" },
  ACCEPTED: { text: "已采用", color: "success" },
  DECLINED: { text: "已退回", color: "error" },
  SUPERSEDED: { text: "已更新", color: "default" },
  WITHDRAWN: { text: "已撤回", color: "warning" },
};
