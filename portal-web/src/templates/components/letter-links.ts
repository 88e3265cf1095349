// Addresses of the letter pages inside a site (互动交流 channel path "hdjl"): shared by the mailbox list and
// the letter routes.
export const MAILBOX_CHANNEL_PATH = "hdjl";
/** Path segment of the city's one-window mailbox (统一窗口) on every site. */
export const ONE_WINDOW_SEGMENT = "tyck";

export const mailboxesHref = (basePath: string) => `${basePath}/${MAILBOX_CHANNEL_PATH}/`;
export const letterWriteHref = (basePath: string, mailboxId: string) =>
  `${basePath}/${MAILBOX_CHANNEL_PATH}/${mailboxId}/xiexin/`;
export const oneWindowWriteHref = (basePath: string) => letterWriteHref(basePath, ONE_WINDOW_SEGMENT);
export const letterQueryHref = (basePath: string) => `${basePath}/${MAILBOX_CHANNEL_PATH}/chaxun/`;
export const letterReceiptHref = (basePath: string) => `${basePath}/${MAILBOX_CHANNEL_PATH}/huizhi/`;
