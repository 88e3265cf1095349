import { Grant } from "./Grant";
import { changePassword } from "./Mutation/changePassword";
import { login } from "./Mutation/login";
import { logout } from "./Mutation/logout";
import { refreshToken } from "./Mutation/refreshToken";
import { me } from "./Query/me";

export const authResolvers = {
  Query: { me },
  Mutation: { login, refreshToken, logout, changePassword },
  Grant,
  SubjectKind: { STAFF: "staff", CITIZEN: "citizen", CLIENT: "client" },
  LoginStatus: {
    SUCCESS: "success",
    TOTP_REQUIRED: "totp_required",
    TOTP_SETUP_REQUIRED: "totp_setup_required",
  },
};
