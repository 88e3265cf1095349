import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const markMyNotificationsRead: MutationResolvers["markMyNotificationsRead"] = (
  _parent,
  { ids },
  { services },
) => services.notification.markRead(ids);
