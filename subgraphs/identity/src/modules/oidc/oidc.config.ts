// OIDC login settings from the environment (docs/architecture.md, "OIDC"); no issuer = OIDC is off.
import { urlOf } from "@jiyue/server-kit";

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** identity's /oidc/callback as the browser sees it (registered at the provider). */
  redirectUri: string;
  scopes: string;
  /** Shown on login pages, e.g. "统一身份认证". */
  displayName: string;
  portalUrl: string;
  adminUrl: string;
  /** The claim matched against staff usernames when no link exists yet. */
  staffUsernameClaim: string;
  /** Staff signed in by the provider skip the TOTP step (the provider enforces a second factor). */
  trustMfa: boolean;
}

export const DEFAULT_OIDC_SCOPES = "openid profile phone";

export function oidcSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): OidcSettings | null {
  const issuer = env.JIYUE_OIDC_ISSUER?.trim();
  if (!issuer) return null;
  const required = (name: string) => {
    const value = env[name]?.trim();
    if (!value) throw new Error(`JIYUE_OIDC_ISSUER is set, so ${name} is required`);
    return value;
  };
  return {
    issuer,
    clientId: required("JIYUE_OIDC_CLIENT_ID"),
    clientSecret: required("JIYUE_OIDC_CLIENT_SECRET"),
    redirectUri: required("JIYUE_OIDC_REDIRECT_URI"),
    scopes: env.JIYUE_OIDC_SCOPES?.trim() || DEFAULT_OIDC_SCOPES,
    displayName: env.JIYUE_OIDC_NAME?.trim() || "统一身份认证",
    portalUrl: env.JIYUE_PORTAL_PUBLIC_URL?.trim() || urlOf("portal", env),
    adminUrl: env.JIYUE_ADMIN_PUBLIC_URL?.trim() || urlOf("admin", env),
    staffUsernameClaim: env.JIYUE_OIDC_STAFF_USERNAME_CLAIM?.trim() || "preferred_username",
    trustMfa: env.JIYUE_OIDC_TRUST_MFA === "true",
  };
}

/** Reads the settings once; tests pass their own provider of settings instead. */
export type OidcSettingsSource = () => OidcSettings | null;
