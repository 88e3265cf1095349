import { CitizenNotification } from "./CitizenNotification";
import { markMyNotificationsRead } from "./Mutation/markMyNotificationsRead";
import { myNotifications } from "./Query/myNotifications";
import { myUnreadNotificationCount } from "./Query/myUnreadNotificationCount";

export const notificationResolvers = {
  Query: { myNotifications, myUnreadNotificationCount },
  Mutation: { markMyNotificationsRead },
  CitizenNotification,
  CitizenNotificationKind: { REPLY_PUBLISHED: "reply_published", INFO_REQUESTED: "info_requested" },
};
