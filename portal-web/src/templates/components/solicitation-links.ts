// Addresses of the 意见征集 pages inside a site (path "yjzj").
export const SOLICITATION_PATH = "yjzj";

export const solicitationsHref = (basePath: string) => `${basePath}/${SOLICITATION_PATH}/`;
export const solicitationHref = (basePath: string, id: string) => `${basePath}/${SOLICITATION_PATH}/${id}/`;
export const solicitationThanksHref = (basePath: string, id: string) =>
  `${basePath}/${SOLICITATION_PATH}/${id}/xiexie/`;
export const solicitationFeedbackHref = (basePath: string, id: string) =>
  `${basePath}/${SOLICITATION_PATH}/${id}/fankui/`;

export const SOLICITATION_STATUS_LABELS: Record<string, string> = {
  DRAFT: "未发布",
  SCHEDULED: "未开始",
  OPEN: "征集中",
  CLOSED: "已结束",
  FEEDBACK_PUBLISHED: "已公布采纳情况",
};

export const ADOPTION_LABELS: Record<string, string> = {
  ADOPTED: "采纳",
  PARTLY_ADOPTED: "部分采纳",
  NOT_ADOPTED: "未采纳",
};
