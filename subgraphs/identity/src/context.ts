// Per request: the verified caller, the database, fresh DataLoaders and the services.
import type { BaseContext, SubgraphDeps } from "@jiyue/server-kit";
import type { IdentitySchema } from "./db/executor";
import { createApiClientLoaders } from "./modules/api-client/api-client.loaders";
import { ApiClientRepository } from "./modules/api-client/api-client.repository";
import { ApiClientService } from "./modules/api-client/api-client.service";
import { AuthService } from "./modules/auth/auth.service";
import type { TokenIssuer } from "./modules/auth/tokens";
import { createCitizenLoaders } from "./modules/citizen/citizen.loaders";
import { CitizenRepository } from "./modules/citizen/citizen.repository";
import { CitizenService } from "./modules/citizen/citizen.service";
import type { OidcSettingsSource } from "./modules/oidc/oidc.config";
import { OidcService } from "./modules/oidc/oidc.service";
import { PhoneCodeService } from "./modules/phone-code/phone-code.service";
import { createRoleLoaders } from "./modules/role/role.loaders";
import { RoleRepository } from "./modules/role/role.repository";
import { RoleService } from "./modules/role/role.service";
import { SecurityService } from "./modules/security/security.service";
import { SettingsService } from "./modules/settings/settings.service";
import { createSiteLoaders } from "./modules/site/site.loaders";
import { SiteRepository } from "./modules/site/site.repository";
import { SiteService } from "./modules/site/site.service";
import { createUnitLoaders } from "./modules/unit/unit.loaders";
import { UnitRepository } from "./modules/unit/unit.repository";
import { UnitService } from "./modules/unit/unit.service";
import { createUserLoaders } from "./modules/user/user.loaders";
import { UserRepository } from "./modules/user/user.repository";
import { UserService } from "./modules/user/user.service";

export type { IdentityDb, IdentitySchema } from "./db/executor";

export function createContext(
  base: BaseContext,
  deps: SubgraphDeps<IdentitySchema>,
  issuer: TokenIssuer,
  oidcSettings: OidcSettingsSource = () => null,
) {
  const { db } = deps;
  const { caller, request } = base;
  const loaders = {
    ...createUnitLoaders(new UnitRepository(db)),
    ...createSiteLoaders(new SiteRepository(db)),
    ...createUserLoaders(new UserRepository(db)),
    ...createRoleLoaders(new RoleRepository(db)),
    ...createCitizenLoaders(new CitizenRepository(db)),
    ...createApiClientLoaders(new ApiClientRepository(db)),
  };
  const site = new SiteService(db, caller, request, loaders);
  const auth = new AuthService(db, caller, request, issuer);
  // Registration codes are stored as an HMAC under the service secret (never the code itself).
  const phoneCodes = new PhoneCodeService(db, request, deps.serviceSecret);
  return {
    ...base,
    db,
    loaders,
    services: {
      unit: new UnitService(db, caller, request, loaders),
      site,
      settings: new SettingsService(db, caller, request),
      user: new UserService(db, caller, request, loaders),
      role: new RoleService(db, caller, request, loaders, site),
      auth,
      citizen: new CitizenService(db, caller, request, issuer, auth, phoneCodes),
      apiClient: new ApiClientService(db, caller, request, loaders, site, issuer, auth),
      oidc: new OidcService(db, request, issuer, oidcSettings),
      security: new SecurityService(db, caller, request, issuer.keys),
    },
  };
}
export type IdentityContext = ReturnType<typeof createContext>;
