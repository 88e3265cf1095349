// Chinese labels and colours for letter states, timeline actions and ratings.
import type { LetterRating, LetterStatus } from "#gql/graphql";

export const STATUS_LABELS: Record<LetterStatus, { label: string; color: string }> = {
  RECEIVED: { label: "待分办", color: "blue" },
  NOT_ACCEPTED: { label: "不予受理", color: "default" },
  ACCEPTED: { label: "已受理", color: "cyan" },
  HANDLING: { label: "办理中", color: "processing" },
  AWAITING_INFO: { label: "待补充材料", color: "gold" },
  REPLY_REVIEW: { label: "答复待审核", color: "purple" },
  REPLY_APPROVED: { label: "答复待发布", color: "geekblue" },
  REPLIED: { label: "已答复", color: "green" },
  RATED: { label: "已评价", color: "lime" },
  CLOSED: { label: "已办结", color: "default" },
  MERGED: { label: "已合并办理", color: "magenta" },
};

/** A block-level text-check finding holds a letter until a dispatcher accepts it by hand. */
export const HELD_LABEL = "内容待人工确认";

export const STATUS_OPTIONS = (Object.keys(STATUS_LABELS) as LetterStatus[]).map((value) => ({
  value,
  label: STATUS_LABELS[value].label,
}));

/** Timeline action names as the server records them (LetterAction.action). */
export const ACTION_LABELS: Record<string, string> = {
  submit: "提交信件",
  accept: "受理",
  not_accept: "不予受理",
  assign: "交办",
  transfer: "转办",
  co_handle: "设置协办",
  request_info: "请写信人补充材料",
  info_provided: "补充材料",
  draft_reply: "提交答复",
  approve_reply: "答复审核通过",
  reject_reply: "答复退回修改",
  publish_reply: "发布答复",
  rate: "写信人评价",
  close: "办结",
  rework: "退回返工",
  hold: "内容待人工确认",
  supervise: "督办",
  remind: "逾期催办提醒",
  merge: "并入其他信件合并办理",
  merge_in: "并入同类信件",
  unmerge: "取消合并",
  unmerge_out: "并入的信件取消合并",
};

export const RATING_LABELS: Record<LetterRating, string> = {
  SATISFIED: "满意",
  BASICALLY_SATISFIED: "基本满意",
  UNSATISFIED: "不满意",
};

/** LetterUnit.role as the server sends it; an unknown role shows as it comes. */
export const UNIT_ROLE_LABELS: Record<string, string> = { LEAD: "主办", CO: "协办" };
