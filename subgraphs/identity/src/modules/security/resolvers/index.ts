import { updateSecurityPolicy } from "./Mutation/updateSecurityPolicy";
import { securityPolicy } from "./Query/securityPolicy";

export const securityResolvers = {
  Query: { securityPolicy },
  Mutation: { updateSecurityPolicy },
};
