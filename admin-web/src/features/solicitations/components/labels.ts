import type { SolicitationAdoption, SolicitationQuestionKind, SolicitationStatus } from "#gql/graphql";

export const STATUS_LABELS: Record<SolicitationStatus, string> = {
  DRAFT: "草稿",
  SCHEDULED: "未开始",
  OPEN: "征集中",
  CLOSED: "已结束",
  FEEDBACK_PUBLISHED: "已公布采纳情况",
};

export const STATUS_COLORS: Record<SolicitationStatus, string> = {
  DRAFT: "default",
  SCHEDULED: "blue",
  OPEN: "green",
  CLOSED: "orange",
  FEEDBACK_PUBLISHED: "purple",
};

export const KIND_LABELS: Record<SolicitationQuestionKind, string> = {
  TEXT: "填空",
  SINGLE: "单选",
  MULTIPLE: "多选",
};

export const ADOPTION_LABELS: Record<SolicitationAdoption, string> = {
  ADOPTED: "采纳",
  PARTLY_ADOPTED: "部分采纳",
  NOT_ADOPTED: "未采纳",
};

export const ADOPTION_COLORS: Record<SolicitationAdoption, string> = {
  ADOPTED: "green",
  PARTLY_ADOPTED: "gold",
  NOT_ADOPTED: "default",
};
