import type { ChannelKind, UpdateClass } from "#gql/graphql";

export const CHANNEL_KIND_LABELS: Record<ChannelKind, string> = { LIST: "列表", PAGE: "单页", LINK: "外链" };

export const UPDATE_CLASS_LABELS: Record<UpdateClass, string> = {
  DYNAMIC: "动态（14 天）",
  NOTICE: "通知公告（6 个月）",
  OTHER: "其他（1 年）",
};
