import { Site } from "./Site";

export const statsResolvers = {
  Site,
};
