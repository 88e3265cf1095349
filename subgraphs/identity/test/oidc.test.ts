// Integration: OIDC login (统一身份认证) against a real oidc-provider on 127.0.0.1, driven with plain
// fetch following redirects by hand, the way a browser would.
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";
import { generate, generateSecret } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OidcSettings } from "../src/modules/oidc/oidc.config";
import { UserRepository } from "../src/modules/user/user.repository";
import { startIdentity, type TestIdentity } from "./testkit";

const CLIENT_ID = "jiyue";
const CLIENT_SECRET = "a-test-client-secret-that-is-long-enough";
const PORTAL = "https://portal.test";
const ADMIN = "https://admin.test/admin";

/** The accounts of the fake city identity system, by subject. */
const accounts: Record<string, Record<string, string>> = {
  "sub-zhang": { name: "张三", preferred_username: "zhangsan", phone_number: "+86 13800138000" },
  "sub-li": { name: "李四", preferred_username: "lisi" },
  "sub-editor": { name: "王编辑", preferred_username: "wang.editor" },
  "sub-admin": { name: "赵管理", preferred_username: "zhao.admin" },
  "sub-stranger": { name: "陌生人", preferred_username: "not-a-staff-member" },
};
/** Who the provider's interaction signs in next (there is no login form). */
let signInAs = "sub-zhang";

let t: TestIdentity;
let providerServer: http.Server;
let settings: OidcSettings | null = null;
let oidcOn: OidcSettings;

async function startProvider(redirectUri: string): Promise<string> {
  let provider: Provider | undefined;
  // Login and consent are answered at once for `signInAs`: the provider's real flow, minus the forms.
  const interaction = async (req: IncomingMessage, res: ServerResponse, p: Provider) => {
    const details = await p.interactionDetails(req, res);
    if (details.prompt.name === "login") {
      await p.interactionFinished(
        req,
        res,
        { login: { accountId: signInAs } },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    const grant = new p.Grant({ accountId: String(details.session?.accountId), clientId: CLIENT_ID });
    grant.addOIDCScope("openid profile phone");
    await p.interactionFinished(
      req,
      res,
      { consent: { grantId: await grant.save() } },
      { mergeWithLastSubmission: true },
    );
  };
  providerServer = http.createServer((req, res) => {
    if (!provider) return void res.writeHead(503).end();
    if (req.url?.startsWith("/interaction/")) {
      interaction(req, res, provider).catch((error) => res.writeHead(500).end(String(error)));
      return;
    }
    provider.callback()(req, res);
  });
  await new Promise<void>((resolve) => providerServer.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(providerServer.address() as AddressInfo).port}`;
  provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub"], profile: ["name", "preferred_username"], phone: ["phone_number"] },
    cookies: { keys: ["test-cookie-key"] },
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
      accounts[sub] ? { accountId: sub, claims: () => ({ sub, ...accounts[sub] }) } : undefined,
  });
  return issuer;
}

/** A browser's cookies, per origin (host and port). */
class CookieJar {
  private readonly jar = new Map<string, Map<string, string>>();
  header(url: string): string {
    const cookies = this.jar.get(new URL(url).host) ?? new Map();
    return [...cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
  store(url: string, response: Response): void {
    const host = new URL(url).host;
    const cookies = this.jar.get(host) ?? new Map<string, string>();
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";");
      const index = pair.indexOf("=");
      const name = pair.slice(0, index).trim();
      const gone = attributes.some((a) => /^\s*(max-age=0|expires=thu, 01 jan 1970)/i.test(a));
      if (gone) cookies.delete(name);
      else cookies.set(name, pair.slice(index + 1));
    }
    this.jar.set(host, cookies);
  }
}

async function get(url: string, jar: CookieJar): Promise<Response> {
  const response = await fetch(url, { redirect: "manual", headers: { cookie: jar.header(url) } });
  jar.store(url, response);
  return response;
}

/** Follows redirects from /oidc/login through the provider to identity's callback; returns its answer. */
async function oidcLogin(
  audience: "citizen" | "staff",
  options: { returnPath?: string; tamper?: (callback: URL) => void; jar?: CookieJar } = {},
): Promise<Response> {
  const jar = options.jar ?? new CookieJar();
  const callbackPrefix = `${t.started.url}/oidc/callback`;
  let url = `${t.started.url}/oidc/login?audience=${audience}&return=${encodeURIComponent(options.returnPath ?? "/me")}`;
  for (let hop = 0; hop < 20; hop++) {
    if (url.startsWith(callbackPrefix)) {
      const callback = new URL(url);
      options.tamper?.(callback);
      return get(callback.toString(), jar);
    }
    const response = await get(url, jar);
    const location = response.headers.get("location");
    if (response.status < 300 || response.status >= 400 || !location) {
      throw new Error(`unexpected ${response.status} at ${url}: ${await response.text()}`);
    }
    url = new URL(location, url).toString();
  }
  throw new Error("too many redirects");
}

function ticketOf(response: Response): { url: URL; ticket: string } {
  expect(response.status).toBe(302);
  const url = new URL(response.headers.get("location") ?? "");
  const ticket = url.searchParams.get("ticket");
  if (!ticket) throw new Error(`no ticket in ${url}`);
  return { url, ticket };
}

const EXCHANGE = `mutation($ticket: String!, $totpCode: String) {
  exchangeLoginTicket(ticket: $ticket, totpCode: $totpCode) {
    status accessToken refreshToken me { kind id displayName citizen { id maskedPhone } user { username } } } }`;
interface ExchangeData {
  exchangeLoginTicket: {
    status: string;
    accessToken: string | null;
    refreshToken: string | null;
    me: {
      kind: string;
      id: string;
      displayName: string;
      citizen: { id: string; maskedPhone: string | null } | null;
      user: { username: string } | null;
    } | null;
  };
}
const exchange = (ticket: string, totpCode?: string) => t.gql<ExchangeData>(EXCHANGE, { ticket, totpCode });
const LOGIN_METHODS = `{ loginMethods { local oidc oidcName } }`;

beforeAll(async () => {
  t = await startIdentity({ oidc: () => settings });
  await t.seed.policy({ totpRequiredForAdmins: false });
  const redirectUri = `${t.started.url}/oidc/callback`;
  const issuer = await startProvider(redirectUri);
  oidcOn = {
    issuer,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    redirectUri,
    scopes: "openid profile phone",
    displayName: "市统一身份认证",
    portalUrl: PORTAL,
    adminUrl: ADMIN,
    staffUsernameClaim: "preferred_username",
    trustMfa: false,
  };
  settings = oidcOn;
});
afterAll(async () => {
  await new Promise((resolve) => providerServer?.close(resolve));
  await t?.stop();
});

describe("citizen OIDC login", () => {
  it("creates the citizen on the first login, reuses it on the next, and issues tokens for the ticket once", async () => {
    signInAs = "sub-zhang";
    const first = ticketOf(await oidcLogin("citizen", { returnPath: "/service/mailbox?x=1" }));
    expect(first.url.origin + first.url.pathname).toBe(`${PORTAL}/service/mailbox`);
    expect(first.url.searchParams.get("x")).toBe("1");
    expect(first.url.toString()).not.toMatch(/access|token=/i);

    const signedIn = await exchange(first.ticket);
    expect(signedIn.errors).toBeUndefined();
    const payload = signedIn.data?.exchangeLoginTicket;
    expect(payload?.status).toBe("SUCCESS");
    expect(payload?.accessToken).toBeTruthy();
    expect(payload?.me).toMatchObject({
      kind: "CITIZEN",
      displayName: "张三",
      citizen: { maskedPhone: "138****8000" },
    });
    const me = await t.gql<{ me: { id: string; kind: string } }>(
      `{ me { id kind } }`,
      {},
      { token: payload?.accessToken ?? "" },
    );
    expect(me.data?.me).toEqual({ id: payload?.me?.id, kind: "CITIZEN" });

    const replay = await exchange(first.ticket);
    expect(replay.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");

    const second = ticketOf(await oidcLogin("citizen"));
    const again = await exchange(second.ticket);
    expect(again.data?.exchangeLoginTicket.me?.id).toBe(payload?.me?.id);

    const registered = await t.outbox("citizen.registered");
    expect(registered.filter((event) => event.aggregate_id === payload?.me?.id)).toHaveLength(1);
    const logins = (await t.outbox("auth.login_succeeded")).filter((e) => e.aggregate_id === payload?.me?.id);
    expect(logins).toHaveLength(2);
    expect(logins[0]?.actor).toMatchObject({ kind: "citizen", id: payload?.me?.id });
    expect(logins[0]?.payload).toMatchObject({ method: "oidc" });
  });

  it("gives a different provider subject its own citizen, without a phone when none is given", async () => {
    signInAs = "sub-li";
    const { ticket } = ticketOf(await oidcLogin("citizen"));
    const result = await exchange(ticket);
    expect(result.data?.exchangeLoginTicket.me).toMatchObject({
      displayName: "李四",
      citizen: { maskedPhone: null },
    });
    const zhang = await t.started.pool.query(
      "select citizen_id from identity.citizen_identity where subject = 'sub-zhang'",
    );
    expect(result.data?.exchangeLoginTicket.me?.id).not.toBe(zhang.rows[0]?.citizen_id);
  });

  it("refuses an expired or unknown ticket", async () => {
    signInAs = "sub-zhang";
    const { ticket } = ticketOf(await oidcLogin("citizen"));
    await t.started.pool.query(
      "update identity.login_ticket set expires_at = now() - interval '1 second' where used_at is null",
    );
    const expired = await exchange(ticket);
    expect(expired.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(expired.errors?.[0]?.message).toBe("登录凭据无效或已过期，请重新登录");
    const unknown = await exchange("not-a-ticket-that-was-ever-issued");
    expect(unknown.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("refuses a callback whose state does not match, and one without the browser's login cookie", async () => {
    signInAs = "sub-zhang";
    const tampered = await oidcLogin("citizen", {
      tamper: (callback) => callback.searchParams.set("state", "forged-state"),
    });
    expect(tampered.status).toBe(302);
    const location = new URL(tampered.headers.get("location") ?? "");
    // Back where the citizen started (the portal's login page of their site shows the error).
    expect(location.origin + location.pathname).toBe(`${PORTAL}/me`);
    expect(location.searchParams.get("error")).toBe("oidc_failed");
    expect(location.searchParams.get("ticket")).toBeNull();

    // Another browser (no cookie) presenting someone's callback URL gets nothing.
    let stolen = "";
    await oidcLogin("citizen", {
      tamper: (callback) => {
        stolen = callback.toString();
        callback.searchParams.set("code", "used-up");
      },
    });
    const response = await fetch(stolen, { redirect: "manual" });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toBe("oidc_request_invalid");
  });

  it("refuses a return address on another site", async () => {
    const response = await fetch(`${t.started.url}/oidc/login?audience=citizen&return=//evil.test/x`, {
      redirect: "manual",
    });
    expect(response.status).toBe(400);
  });
});

describe("staff OIDC login", () => {
  it("links an existing account by username, signs in, and uses the link afterwards", async () => {
    const unit = await t.seed.unit();
    const user = await t.seed.user({
      username: "wang.editor",
      unitId: unit.id,
      roles: [{ role: "editor", unitId: unit.id }],
    });
    signInAs = "sub-editor";
    const { url, ticket } = ticketOf(await oidcLogin("staff", { returnPath: "/dashboard" }));
    expect(url.origin + url.pathname).toBe(`${ADMIN}/dashboard`);
    const result = await exchange(ticket);
    expect(result.errors).toBeUndefined();
    expect(result.data?.exchangeLoginTicket).toMatchObject({
      status: "SUCCESS",
      me: { kind: "STAFF", id: user.id, user: { username: "wang.editor" } },
    });
    expect(await t.outbox("user.identity_linked")).toHaveLength(1);

    // Renamed locally: the link still finds the account.
    await new UserRepository(t.db).update(user.id, { username: "wang.renamed" });
    const next = await exchange(ticketOf(await oidcLogin("staff")).ticket);
    expect(next.data?.exchangeLoginTicket.me?.id).toBe(user.id);
  });

  it("refuses an unknown person and never creates a staff account", async () => {
    signInAs = "sub-stranger";
    const before = await t.started.pool.query("select count(*)::int as n from identity.user");
    const response = await oidcLogin("staff");
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get("location") ?? "");
    expect(location.origin + location.pathname).toBe(`${ADMIN}/login`);
    expect(location.searchParams.get("error")).toBe("oidc_unknown_staff");
    expect(location.searchParams.get("ticket")).toBeNull();
    const after = await t.started.pool.query("select count(*)::int as n from identity.user");
    expect(after.rows[0].n).toBe(before.rows[0].n);
    const failed = await t.outbox("auth.login_failed");
    expect(failed.some((event) => event.payload.reason === "oidc_unknown_staff")).toBe(true);
  });

  it("asks for the TOTP code unless the provider is trusted for the second factor", async () => {
    const secret = generateSecret();
    const user = await t.seed.user({ username: "zhao.admin" });
    await new UserRepository(t.db).update(user.id, { totpSecret: secret, totpEnabled: true });
    signInAs = "sub-admin";

    const { ticket } = ticketOf(await oidcLogin("staff"));
    const step = await exchange(ticket);
    expect(step.data?.exchangeLoginTicket).toMatchObject({ status: "TOTP_REQUIRED", accessToken: null });
    const wrong = await exchange(ticket, "000000");
    expect(wrong.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    // A wrong code burns the ticket: the right code is too late for it.
    const late = await exchange(ticket, await generate({ secret }));
    expect(late.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");

    const fresh = ticketOf(await oidcLogin("staff")).ticket;
    expect((await exchange(fresh)).data?.exchangeLoginTicket.status).toBe("TOTP_REQUIRED");
    const ok = await exchange(fresh, await generate({ secret }));
    expect(ok.data?.exchangeLoginTicket).toMatchObject({ status: "SUCCESS", me: { id: user.id } });

    await new UserRepository(t.db).update(user.id, { lockedUntil: new Date(Date.now() + 60_000) });
    const locked = await exchange(ticketOf(await oidcLogin("staff")).ticket, await generate({ secret }));
    expect(locked.errors?.[0]?.extensions?.code).toBe("TOO_MANY_REQUESTS");
    await new UserRepository(t.db).update(user.id, { lockedUntil: null });

    settings = { ...oidcOn, trustMfa: true };
    try {
      const trusted = await exchange(ticketOf(await oidcLogin("staff")).ticket);
      expect(trusted.data?.exchangeLoginTicket.status).toBe("SUCCESS");
    } finally {
      settings = oidcOn;
    }
  });
});

describe("OIDC configuration", () => {
  it("tells clients which login methods are on, and answers 404 when OIDC is off", async () => {
    const on = await t.gql<{ loginMethods: unknown }>(LOGIN_METHODS);
    expect(on.data?.loginMethods).toEqual({ local: true, oidc: true, oidcName: "市统一身份认证" });

    settings = null;
    try {
      const off = await t.gql<{ loginMethods: unknown }>(LOGIN_METHODS);
      expect(off.data?.loginMethods).toEqual({ local: true, oidc: false, oidcName: null });
      for (const path of ["/oidc/login?audience=citizen", "/oidc/callback?code=x&state=y"]) {
        const response = await fetch(`${t.started.url}${path}`, { redirect: "manual" });
        expect(response.status).toBe(404);
        expect(await response.json()).toMatchObject({
          error: "oidc_disabled",
          message: "未启用统一身份认证登录",
        });
      }
    } finally {
      settings = oidcOn;
    }
  });
});
