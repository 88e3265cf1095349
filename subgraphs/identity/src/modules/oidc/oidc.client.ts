// The relying party: discovery (cached per provider), authorization URLs with PKCE, state and nonce,
// and the code exchange, whose ID token openid-client validates (issuer, audience, signature, nonce).
import * as client from "openid-client";
import type { OidcSettings } from "./oidc.config";

/** Claims of the signed-in subject: ID token claims merged with the UserInfo answer. */
export type OidcClaims = Record<string, unknown> & { sub: string };

export interface AuthorizationRequest {
  url: URL;
  state: string;
  nonce: string;
  codeVerifier: string;
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

export class OidcRelyingParty {
  private configuration: { key: string; value: Promise<client.Configuration> } | null = null;

  private config(settings: OidcSettings): Promise<client.Configuration> {
    const key = `${settings.issuer}\n${settings.clientId}`;
    if (this.configuration?.key !== key) {
      const issuer = new URL(settings.issuer);
      // Plain http only for a provider on this machine (development and tests).
      const insecure = issuer.protocol === "http:" && LOOPBACK.has(issuer.hostname);
      const value = client.discovery(
        issuer,
        settings.clientId,
        settings.clientSecret,
        client.ClientSecretBasic(settings.clientSecret),
        insecure ? { execute: [client.allowInsecureRequests] } : undefined,
      );
      // A failed discovery is retried by the next login instead of being cached.
      value.catch(() => {
        if (this.configuration?.value === value) this.configuration = null;
      });
      this.configuration = { key, value };
    }
    return this.configuration.value;
  }

  async authorizationRequest(settings: OidcSettings): Promise<AuthorizationRequest> {
    const config = await this.config(settings);
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: settings.redirectUri,
      scope: settings.scopes,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: "S256",
      state,
      nonce,
    });
    return { url, state, nonce, codeVerifier };
  }

  /** Exchanges the code; throws when the response does not match the request (state, nonce, PKCE…). */
  async complete(
    settings: OidcSettings,
    query: URLSearchParams,
    expected: { state: string; nonce: string; codeVerifier: string },
  ): Promise<OidcClaims> {
    const config = await this.config(settings);
    // The provider redirected the browser to redirectUri: rebuild that URL, not the one behind a proxy.
    const currentUrl = new URL(settings.redirectUri);
    currentUrl.search = query.toString();
    const tokens = await client.authorizationCodeGrant(config, currentUrl, {
      pkceCodeVerifier: expected.codeVerifier,
      expectedState: expected.state,
      expectedNonce: expected.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims();
    if (!idClaims) throw new Error("the provider returned no ID token");
    let claims: OidcClaims = { ...idClaims, sub: idClaims.sub };
    // Many providers put profile claims only in UserInfo when an access token is issued.
    if (config.serverMetadata().userinfo_endpoint) {
      const info = await client.fetchUserInfo(config, tokens.access_token, idClaims.sub);
      claims = { ...info, ...claims };
    }
    return claims;
  }
}
