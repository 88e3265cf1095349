import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const myUnreadNotificationCount: QueryResolvers["myUnreadNotificationCount"] = (
  _parent,
  _args,
  { services },
) => services.notification.unreadCount();
