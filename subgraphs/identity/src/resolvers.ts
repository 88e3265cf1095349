import { mergeResolvers } from "@jiyue/server-kit";
import type { Resolvers } from "./generated/resolvers-types";
import { apiClientResolvers } from "./modules/api-client/resolvers";
import { authResolvers } from "./modules/auth/resolvers";
import { citizenResolvers } from "./modules/citizen/resolvers";
import { oidcResolvers } from "./modules/oidc/resolvers";
import { roleResolvers } from "./modules/role/resolvers";
import { securityResolvers } from "./modules/security/resolvers";
import { settingsResolvers } from "./modules/settings/resolvers";
import { siteResolvers } from "./modules/site/resolvers";
import { unitResolvers } from "./modules/unit/resolvers";
import { userResolvers } from "./modules/user/resolvers";

export const resolvers: Resolvers = mergeResolvers([
  unitResolvers,
  siteResolvers,
  userResolvers,
  roleResolvers,
  authResolvers,
  citizenResolvers,
  apiClientResolvers,
  oidcResolvers,
  securityResolvers,
  settingsResolvers,
]);
