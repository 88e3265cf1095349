import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const setGreyMode: MutationResolvers["setGreyMode"] = (_parent, { enabled }, { services }) =>
  services.settings.setGreyMode(enabled);
