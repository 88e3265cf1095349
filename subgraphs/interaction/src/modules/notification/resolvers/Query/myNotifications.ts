import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const myNotifications: QueryResolvers["myNotifications"] = (_parent, { first }, { services }) =>
  services.notification.mine(first ?? undefined);
