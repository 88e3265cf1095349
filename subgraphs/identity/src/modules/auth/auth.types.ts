import type { CitizenRow } from "../citizen/citizen.sql";
import type { UserRow } from "../user/user.sql";

/** A role held in a scope, as `me` shows it (unit / site resolve through loaders). */
export interface GrantModel {
  role: string;
  roleName: string;
  stage: number | null;
  unitId: string | null;
  siteId: string | null;
  actions: string[];
}

/** The signed-in subject. */
export interface MeModel {
  kind: "staff" | "citizen" | "client";
  id: string;
  displayName: string;
  user: UserRow | null;
  citizen: CitizenRow | null;
  grants: GrantModel[];
}

/** The LoginPayload of the contract: every field present, null where the status has none. */
export interface LoginPayloadModel {
  status: "success" | "totp_required" | "totp_setup_required";
  accessToken: string | null;
  refreshToken: string | null;
  expiresIn: number | null;
  totpSetup: { secret: string; otpauthUrl: string } | null;
  me: MeModel | null;
}
