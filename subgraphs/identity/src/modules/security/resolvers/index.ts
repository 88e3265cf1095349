import { rotateSigningKey } from "./Mutation/rotateSigningKey";
import { updateSecurityPolicy } from "./Mutation/updateSecurityPolicy";
import { securityPolicy } from "./Query/securityPolicy";
import { signingKeys } from "./Query/signingKeys";

export const securityResolvers = {
  Query: { securityPolicy, signingKeys },
  Mutation: { updateSecurityPolicy, rotateSigningKey },
};
