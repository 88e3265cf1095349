import type { SiteStatus } from "#gql/graphql";

export const SITE_STATUS_LABELS: Record<SiteStatus, string> = {
  BUILDING: "建设中",
  ONLINE: "已上线",
  OFFLINE: "已下线",
};
export const SITE_STATUS_COLORS: Record<SiteStatus, string> = {
  BUILDING: "gold",
  ONLINE: "green",
  OFFLINE: "default",
};
