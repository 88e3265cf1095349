// The city's unified identity system (统一身份认证) for the end-to-end run: a real oidc-provider on
// 127.0.0.1, registered with identity before the platform starts. Its login step signs in the one test
// citizen at once (the provider's real authorisation-code flow, without its forms).
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

export const OIDC_CLIENT_ID = "jiyue-e2e";
const CLIENT_SECRET = "an-e2e-client-secret-that-is-long-enough";

/** The provider's one account: who "logs in" on the city's identity system in the browser tests. */
export const OIDC_CITIZEN = {
  sub: "e2e-citizen-zhao",
  name: "赵市民",
  phone: "13700137000",
};

export interface OidcProviderHandle {
  issuer: string;
  /** The identity process's OIDC settings (JIYUE_OIDC_*). */
  env: Record<string, string>;
  stop(): Promise<void>;
}

/** Starts the provider; `redirectUri` is identity's /oidc/callback as the browser reaches it (the portal). */
export async function startOidcProvider(redirectUri: string): Promise<OidcProviderHandle> {
  let provider: Provider | undefined;
  const interaction = async (req: IncomingMessage, res: ServerResponse, p: Provider) => {
    const details = await p.interactionDetails(req, res);
    if (details.prompt.name === "login") {
      await p.interactionFinished(
        req,
        res,
        { login: { accountId: OIDC_CITIZEN.sub } },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    const grant = new p.Grant({ accountId: String(details.session?.accountId), clientId: OIDC_CLIENT_ID });
    grant.addOIDCScope("openid profile phone");
    await p.interactionFinished(
      req,
      res,
      { consent: { grantId: await grant.save() } },
      { mergeWithLastSubmission: true },
    );
  };
  const server = http.createServer((req, res) => {
    if (!provider) return void res.writeHead(503).end();
    if (req.url?.startsWith("/interaction/")) {
      interaction(req, res, provider).catch((error) => res.writeHead(500).end(String(error)));
      return;
    }
    provider.callback()(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  provider = new Provider(issuer, {
    clients: [
      {
        client_id: OIDC_CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub"], profile: ["name"], phone: ["phone_number"] },
    cookies: { keys: ["e2e-oidc-cookie-key"] },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      Grant: 600,
      IdToken: 600,
      Interaction: 600,
      Session: 600,
    },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, details) => `/interaction/${details.uid}` },
    findAccount: (_ctx, sub) =>
      sub === OIDC_CITIZEN.sub
        ? {
            accountId: sub,
            claims: () => ({ sub, name: OIDC_CITIZEN.name, phone_number: `+86 ${OIDC_CITIZEN.phone}` }),
          }
        : undefined,
  });
  return {
    issuer,
    env: {
      JIYUE_OIDC_ISSUER: issuer,
      JIYUE_OIDC_CLIENT_ID: OIDC_CLIENT_ID,
      JIYUE_OIDC_CLIENT_SECRET: CLIENT_SECRET,
      JIYUE_OIDC_REDIRECT_URI: redirectUri,
      JIYUE_OIDC_NAME: "渝快办统一身份认证",
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
