import { setGreyMode } from "./Mutation/setGreyMode";
import { platformSettings } from "./Query/platformSettings";

export const settingsResolvers = {
  Query: { platformSettings },
  Mutation: { setGreyMode },
};
