import type { CitizenNotificationResolvers } from "../../../generated/resolvers-types";

export const CitizenNotification: CitizenNotificationResolvers = {
  read: (row) => row.readAt !== null,
};
