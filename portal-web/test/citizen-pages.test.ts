// The citizen's account pages on a site, against a stand-in identity/interaction: login (local and the
// 统一身份认证 ticket landing) sets the session cookies and returns only to same-site paths, the personal
// center requires a session and posts its forms back (PRG), export is a download, logout and deletion end
// the session; 忘记密码 asks for a code, then resets with it.
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { safeReturn } from "../src/features/citizen/citizen.paths";
import { citizenRoute } from "../src/features/citizen/citizen.routes";
import { CSRF_FIELD } from "../src/server/visitor";
import { type FakeGateway, fakeAccessToken, site, startFakeGateway } from "./fake-gateway";
import { type RunningPortal, startPortal } from "./helpers";

const tw = site({ code: "tw", name: "团市委" });
const LETTER_ID = "3f0f8a4e-8c0e-4d7e-9a55-1c1f0b7f2a10";
const PASSWORD = "Citizen-Pass-1";
const PHONE_CODE = "246810";

interface Call {
  operation: string;
  variables: Record<string, unknown>;
  authorization?: string;
}

let sites: FakeGateway;
let identity: { url: string; calls: Call[]; oidc: boolean; stop(): Promise<void> };
let running: RunningPortal;

const pair = (suffix: string) => ({
  status: "SUCCESS",
  accessToken: fakeAccessToken(900),
  refreshToken: `refresh-${suffix}`,
  expiresIn: 900,
});
const error = (message: string, code: string, extensions: Record<string, unknown> = {}) => ({
  data: null,
  errors: [{ message, extensions: { code, ...extensions } }],
});

const letter = {
  id: LETTER_ID,
  title: "小区门口道路积水",
  content: "每逢下雨积水严重。",
  status: "REPLIED",
  createdAt: "2026-11-02T02:00:00Z",
  reply: "已协调市政部门疏通排水管网。",
  repliedAt: "2026-11-10T02:00:00Z",
  rating: null,
  ratingComment: null,
  infoRequest: null,
  notAcceptedReason: null,
  category: null,
  publishable: false,
  anonymous: false,
  acceptedAt: null,
  closedAt: null,
  mailbox: { id: "mb-1", name: "统一窗口" },
  timeline: [{ id: "a1", action: "publish_reply", comment: null, at: "2026-11-10T02:00:00Z" }],
};

/** identity and interaction as the portal's citizen pages use them; site queries go to the site fake. */
async function startIdentityFake() {
  const calls: Call[] = [];
  const state = { oidc: true };
  const app = express();
  app.use(express.json());
  app.post("/graphql", async (req, res) => {
    const { query, variables = {} } = req.body as { query: string; variables?: Record<string, unknown> };
    const operation = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? "anonymous";
    calls.push({ operation, variables, authorization: req.headers.authorization });
    const input = (variables.input ?? {}) as Record<string, unknown>;
    const signedIn = typeof req.headers.authorization === "string";
    switch (operation) {
      case "PortalLoginMethods":
        res.json({ data: { loginMethods: { local: true, oidc: state.oidc, oidcName: "市统一身份认证" } } });
        return;
      case "PortalCitizenLogin":
        res.json(
          input.password === PASSWORD
            ? { data: { citizenLogin: pair("login") } }
            : error("手机号或密码错误", "UNAUTHENTICATED"),
        );
        return;
      case "PortalRequestCitizenRegisterCode": {
        const phone = String(variables.phone ?? "");
        res.json(
          !/^1\d{10}$/.test(phone)
            ? error("手机号格式不正确", "BAD_USER_INPUT", {
                fields: [{ path: "phone", message: "手机号格式不正确" }],
              })
            : phone === "13900000009"
              ? error("验证码已发送，请 42 秒后再重新获取", "TOO_MANY_REQUESTS")
              : {
                  data: {
                    requestCitizenRegisterCode: {
                      maskedPhone: `${phone.slice(0, 3)}****${phone.slice(-4)}`,
                      expiresInSeconds: 600,
                    },
                  },
                },
        );
        return;
      }
      case "PortalCitizenRegister":
        // identity: the code first (wrong tries counted), "already registered" only after a correct one.
        res.json(
          input.phoneCode !== PHONE_CODE
            ? error("验证码不正确，还可尝试 4 次", "BAD_USER_INPUT", {
                fields: [{ path: "input.phoneCode", message: "验证码不正确，还可尝试 4 次" }],
              })
            : input.phone === "13800000000"
              ? error("该手机号已注册", "CONFLICT")
              : { data: { citizenRegister: pair("register") } },
        );
        return;
      case "PortalRequestCitizenPasswordResetCode": {
        const phone = String(variables.phone ?? "");
        res.json(
          !/^1\d{10}$/.test(phone)
            ? error("手机号格式不正确", "BAD_USER_INPUT", {
                fields: [{ path: "phone", message: "手机号格式不正确" }],
              })
            : {
                data: {
                  requestCitizenPasswordResetCode: {
                    maskedPhone: `${phone.slice(0, 3)}****${phone.slice(-4)}`,
                    expiresInSeconds: 600,
                  },
                },
              },
        );
        return;
      }
      case "PortalResetCitizenPassword":
        // identity: the password rules first, then the code (wrong tries counted).
        res.json(
          String(input.newPassword ?? "").length < 10
            ? error("密码长度至少 10 位", "BAD_USER_INPUT", {
                fields: [{ path: "input.newPassword", message: "密码长度至少 10 位" }],
              })
            : input.phoneCode !== PHONE_CODE
              ? error("验证码不正确，还可尝试 4 次", "BAD_USER_INPUT", {
                  fields: [{ path: "input.phoneCode", message: "验证码不正确，还可尝试 4 次" }],
                })
              : { data: { resetCitizenPassword: true } },
        );
        return;
      case "PortalExchangeLoginTicket":
        res.json(
          variables.ticket === "good-ticket"
            ? { data: { exchangeLoginTicket: { ...pair("oidc"), me: { kind: "CITIZEN" } } } }
            : error("登录凭据无效或已过期，请重新登录", "UNAUTHENTICATED"),
        );
        return;
      case "PortalLogout":
        res.json({ data: { logout: true } });
        return;
      case "PortalMyAccount":
        res.json(
          signedIn
            ? {
                data: {
                  me: {
                    id: "c1",
                    kind: "CITIZEN",
                    displayName: "张三",
                    citizen: {
                      id: "c1",
                      type: "PERSON",
                      displayName: "张三",
                      maskedPhone: "138****8000",
                      hasPassword: true,
                    },
                  },
                },
              }
            : { data: { me: null } },
        );
        return;
      case "PortalMyCenter":
        res.json({
          data: {
            myLetters: [letter],
            myNotifications: [
              {
                id: "n1",
                kind: "REPLY_PUBLISHED",
                letterId: LETTER_ID,
                letterTitle: letter.title,
                detail: null,
                read: false,
                createdAt: "2026-11-10T02:00:00Z",
              },
            ],
            myUnreadNotificationCount: 1,
          },
        });
        return;
      case "PortalMySubmissions":
        res.json({ data: { mySolicitationSubmissions: [] } });
        return;
      case "PortalMyDataExport":
        res.json({
          data: {
            me: {
              id: "c1",
              kind: "CITIZEN",
              citizen: {
                id: "c1",
                type: "PERSON",
                displayName: "张三",
                phone: "13800138000",
                creditCode: null,
                hasPassword: true,
                createdAt: "2026-10-01T00:00:00Z",
              },
            },
            myLetters: [letter],
            myNotifications: [],
          },
        });
        return;
      case "PortalRateLetter":
        res.json({ data: { rateLetter: { id: variables.id, status: "RATED" } } });
        return;
      case "PortalDeleteCitizenAccount":
        res.json(
          variables.password === PASSWORD
            ? { data: { deleteMyCitizenAccount: true } }
            : error("密码不正确", "BAD_USER_INPUT", {
                fields: [{ path: "password", message: "密码不正确" }],
              }),
        );
        return;
      default: {
        const answer = await fetch(`${sites.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(req.body),
        });
        res
          .status(answer.status)
          .type("application/json")
          .send(await answer.text());
      }
    }
  });
  const server = app.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    get oidc() {
      return state.oidc;
    },
    set oidc(value: boolean) {
      state.oidc = value;
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

beforeAll(async () => {
  sites = await startFakeGateway([tw]);
  identity = await startIdentityFake();
});
afterAll(async () => {
  await identity?.stop();
  await sites?.stop();
});
afterEach(async () => {
  await running?.close();
});

async function start(): Promise<string> {
  running = await startPortal({ gatewayUrl: identity.url, visitorRoutes: [citizenRoute] });
  return running.url;
}

/** Cookies as a browser keeps them: later Set-Cookie headers replace earlier ones, Max-Age=0 removes. */
class Jar {
  private readonly cookies = new Map<string, string>();
  take(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pairText = ""] = header.split(";");
      const [name = "", value = ""] = pairText.split("=");
      if (/Max-Age=0/i.test(header)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  get(name: string): string | undefined {
    return this.cookies.get(name);
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

async function visit(
  jar: Jar,
  url: string,
  form?: Record<string, string>,
): Promise<{ response: Response; body: string }> {
  const response = await fetch(url, {
    method: form ? "POST" : "GET",
    redirect: "manual",
    headers: { cookie: jar.header() },
    body: form ? new URLSearchParams(form) : undefined,
  });
  jar.take(response);
  return { response, body: await response.text() };
}

function csrfOf(body: string): string {
  const token = /name="_csrf" value="([^"]+)"/.exec(body)?.[1];
  if (!token) throw new Error("no form token on the page");
  return token;
}

async function signedIn(base: string): Promise<Jar> {
  const jar = new Jar();
  const { body } = await visit(jar, `${base}/s/tw/login/`);
  await visit(jar, `${base}/s/tw/login/`, {
    [CSRF_FIELD]: csrfOf(body),
    phone: "13800138000",
    password: PASSWORD,
    return: "/s/tw/my/",
  });
  expect(jar.get("jy_at")).toBeTruthy();
  return jar;
}

describe("return addresses", () => {
  it.each([
    ["/s/tw/my/?x=1", "/s/tw/my/?x=1"],
    ["//evil.example/", "/s/tw/my/"],
    ["https://evil.example/", "/s/tw/my/"],
    ["/\\evil.example", "/s/tw/my/"],
    ["/s/other/my/", "/s/tw/my/"],
    ["/s/tw/../../evil", "/s/tw/my/"],
    ["/s/tw/logout/", "/s/tw/my/"],
    ["/s/tw/forgot-password/", "/s/tw/my/"],
    [null, "/s/tw/my/"],
  ])("%s → %s", (raw, expected) => {
    expect(safeReturn(raw, "/s/tw")).toBe(expected);
  });
});

describe("citizen login", () => {
  it("sends visitors of the personal center to the login page, which offers both ways to sign in", async () => {
    const base = await start();
    const jar = new Jar();
    const my = await visit(jar, `${base}/s/tw/my/`);
    expect(my.response.status).toBe(303);
    expect(my.response.headers.get("location")).toBe("/s/tw/login/?return=%2Fs%2Ftw%2Fmy%2F");

    const { response, body } = await visit(jar, `${base}/s/tw/login/?return=%2Fs%2Ftw%2Fmy%2F`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(body).toContain('<html lang="zh-CN"');
    expect(body).toContain('<label for="login-phone">手机号</label>');
    expect(body).toContain("市统一身份认证登录");
    const oidc = /href="(\/oidc\/login[^"]+)"/.exec(body)?.[1]?.replaceAll("&amp;", "&") ?? "";
    const link = new URL(oidc, base);
    expect(link.searchParams.get("audience")).toBe("citizen");
    expect(link.searchParams.get("return")).toBe("/s/tw/login/?return=%2Fs%2Ftw%2Fmy%2F");
    expect(body).not.toMatch(/<script(?![^>]*src=)/);

    identity.oidc = false;
    const off = await visit(jar, `${base}/s/tw/login/`);
    expect(off.body).not.toContain("统一身份认证登录");
    identity.oidc = true;
  });

  it("re-renders a refused login in Chinese, keeps the phone, and signs in with a correct password", async () => {
    const base = await start();
    const jar = new Jar();
    const { body } = await visit(jar, `${base}/s/tw/login/`);
    const refused = await visit(jar, `${base}/s/tw/login/`, {
      [CSRF_FIELD]: csrfOf(body),
      phone: "13800138000",
      password: "wrong",
      return: "/s/tw/my/",
    });
    expect(refused.response.status).toBe(401);
    expect(refused.body).toContain("手机号或密码错误");
    expect(refused.body).toContain('value="13800138000"');
    expect(jar.get("jy_at")).toBeUndefined();

    const ok = await visit(jar, `${base}/s/tw/login/`, {
      [CSRF_FIELD]: csrfOf(refused.body),
      phone: "13800138000",
      password: PASSWORD,
      return: "https://evil.example/phish",
    });
    expect(ok.response.status).toBe(303);
    expect(ok.response.headers.get("location")).toBe("/s/tw/my/");
    const cookies = ok.response.headers.getSetCookie();
    expect(cookies.find((c) => c.startsWith("jy_rt="))).toMatch(
      /^jy_rt=refresh-login; Max-Age=2592000; Path=\/; HttpOnly; SameSite=Lax/,
    );
    expect(cookies.find((c) => c.startsWith("jy_at="))).toMatch(/HttpOnly; SameSite=Lax/);
  });

  it("exchanges the 统一身份认证 ticket on the server and redirects to the clean address", async () => {
    const base = await start();
    const jar = new Jar();
    identity.calls.length = 0;
    const landed = await visit(jar, `${base}/s/tw/login/?return=%2Fs%2Ftw%2Fmy%2F&ticket=good-ticket`);
    expect(landed.response.status).toBe(303);
    expect(landed.response.headers.get("location")).toBe("/s/tw/my/");
    expect(jar.get("jy_rt")).toBe("refresh-oidc");
    expect(identity.calls.find((call) => call.operation === "PortalExchangeLoginTicket")?.variables).toEqual({
      ticket: "good-ticket",
    });

    // A failed round trip at the provider comes back to this page with an error code.
    const failed = await visit(new Jar(), `${base}/s/tw/login/?return=%2Fs%2Ftw%2Fmy%2F&error=oidc_failed`);
    expect(failed.body).toContain("统一身份认证登录失败，请重试");

    const replayed = await visit(new Jar(), `${base}/s/tw/login/?ticket=used-ticket`);
    expect(replayed.response.status).toBe(401);
    expect(replayed.body).toContain("登录凭据无效或已过期，请重新登录");
  });

  it("registers with a confirmed password and shows the server's refusal otherwise", async () => {
    const base = await start();
    const jar = new Jar();
    const { body } = await visit(jar, `${base}/s/tw/register/`);
    const form = {
      [CSRF_FIELD]: csrfOf(body),
      type: "PERSON",
      displayName: "李四",
      phone: "13800000000",
      phoneCode: PHONE_CODE,
      password: PASSWORD,
      password2: "different",
    };
    const mismatch = await visit(jar, `${base}/s/tw/register/`, form);
    expect(mismatch.response.status).toBe(400);
    expect(mismatch.body).toContain("两次输入的密码不一致");
    const taken = await visit(jar, `${base}/s/tw/register/`, { ...form, password2: PASSWORD });
    expect(taken.response.status).toBe(409);
    expect(taken.body).toContain("该手机号已注册");
    expect(taken.body).toContain('value="李四"');
    const created = await visit(jar, `${base}/s/tw/register/`, {
      ...form,
      phone: "13800000001",
      password2: PASSWORD,
    });
    expect(created.response.status).toBe(303);
    expect(jar.get("jy_rt")).toBe("refresh-register");
  });

  it("asks for the phone's code first: 获取验证码 posts the form back keeping what was typed", async () => {
    const base = await start();
    const jar = new Jar();
    const { body } = await visit(jar, `${base}/s/tw/register/`);
    // Enter in any field submits through the form's first submit button: it must register, not send a code.
    const form = body.slice(body.indexOf('<form class="account-form"'));
    const buttons = [...form.matchAll(/<button[^>]*>/g)].map((match) => match[0]);
    expect(buttons[0]).toContain('value="register"');
    expect(buttons[0]).toContain('aria-hidden="true"');
    expect(buttons[0]).toContain('tabindex="-1"');
    const codeButton = buttons.find((button) => button.includes('value="code"')) ?? "";
    expect(codeButton).toMatch(/formnovalidate/i);
    expect(body).toMatch(/autocomplete="one-time-code"[^>]*name="phoneCode"/i);

    identity.calls.length = 0;
    const fields = {
      [CSRF_FIELD]: csrfOf(body),
      type: "LEGAL_PERSON",
      displayName: "某某科技有限公司",
      creditCode: "91310000MA1FL0000X",
      phone: "13800000001",
      password: PASSWORD,
      password2: PASSWORD,
      intent: "code",
    };
    const sent = await visit(jar, `${base}/s/tw/register/`, fields);
    expect(sent.response.status).toBe(200);
    expect(sent.body).toContain("短信已发送至 138****0001");
    expect(sent.body).toContain('value="某某科技有限公司"');
    expect(sent.body).toContain('value="91310000MA1FL0000X"');
    expect(sent.body).toContain('value="13800000001"');
    expect(sent.body).toMatch(/checked="" value="LEGAL_PERSON"/);
    // Passwords are never written back into a page.
    expect(sent.body).not.toContain(PASSWORD);
    const citizenCalls = identity.calls.filter((call) => call.operation.includes("Register"));
    expect(citizenCalls.map((call) => call.operation)).toEqual(["PortalRequestCitizenRegisterCode"]);
    expect(citizenCalls[0]?.variables).toEqual({ phone: "13800000001" });
    expect(jar.get("jy_rt")).toBeUndefined();

    // Registering without the code sent, or with a wrong one, creates nothing and keeps the form.
    const wrong = await visit(jar, `${base}/s/tw/register/`, {
      ...fields,
      intent: "register",
      phoneCode: "135790",
    });
    expect(wrong.response.status).toBe(422);
    expect(wrong.body).toContain("验证码不正确，还可尝试 4 次");
    expect(wrong.body).toContain('id="phoneCode-error"');
    expect(wrong.body).toContain('value="某某科技有限公司"');
    expect(jar.get("jy_rt")).toBeUndefined();
    const registered = identity.calls.find((call) => call.operation === "PortalCitizenRegister");
    expect(registered?.variables.input).toMatchObject({ phoneCode: "135790" });

    const created = await visit(jar, `${base}/s/tw/register/`, {
      ...fields,
      intent: "register",
      phoneCode: PHONE_CODE,
    });
    expect(created.response.status).toBe(303);
    expect(jar.get("jy_rt")).toBe("refresh-register");
  });

  it("shows why no code was sent: a bad number next to its field, a throttle above the form", async () => {
    const base = await start();
    const jar = new Jar();
    const { body } = await visit(jar, `${base}/s/tw/register/`);
    const fields = { [CSRF_FIELD]: csrfOf(body), type: "PERSON", displayName: "王五", intent: "code" };
    const bad = await visit(jar, `${base}/s/tw/register/`, { ...fields, phone: "12345" });
    expect(bad.response.status).toBe(422);
    expect(bad.body).toContain('id="phone-error"');
    expect(bad.body).toContain("手机号格式不正确");
    expect(bad.body).toContain('value="王五"');
    const throttled = await visit(jar, `${base}/s/tw/register/`, { ...fields, phone: "13900000009" });
    expect(throttled.response.status).toBe(429);
    expect(throttled.body).toContain("验证码已发送，请 42 秒后再重新获取");
    expect(throttled.body).not.toContain("短信已发送");
  });
});

describe("忘记密码", () => {
  it("is linked from the login form and asks for the phone first, uncached and without JavaScript", async () => {
    const base = await start();
    const jar = new Jar();
    const login = await visit(jar, `${base}/s/tw/login/?return=%2Fs%2Ftw%2Fmy%2F`);
    expect(login.body).toContain('href="/s/tw/forgot-password/?return=%2Fs%2Ftw%2Fmy%2F">忘记密码？</a>');

    const { response, body } = await visit(jar, `${base}/s/tw/forgot-password/?return=%2Fs%2Ftw%2Fmy%2F`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(body).toContain("<h1");
    expect(body).toContain("忘记密码");
    expect(body).toContain('<label for="reset-phone">手机号</label>');
    expect(body).toMatch(/<button[^>]*value="code"[^>]*>获取验证码<\/button>/);
    expect(body).not.toContain('name="newPassword"');
    expect(body).not.toMatch(/<script(?![^>]*src=)/);

    const bad = await visit(jar, `${base}/s/tw/forgot-password/`, {
      [CSRF_FIELD]: csrfOf(body),
      phone: "12345",
      intent: "code",
    });
    expect(bad.response.status).toBe(422);
    expect(bad.body).toContain('id="phone-error"');
    expect(bad.body).toContain("手机号格式不正确");
    expect(bad.body).not.toContain('name="newPassword"');
  });

  it("sends the code, then resets with the code and the new password twice, and links to 登录", async () => {
    const base = await start();
    const jar = new Jar();
    const { body } = await visit(jar, `${base}/s/tw/forgot-password/?return=%2Fs%2Ftw%2Fmy%2F`);
    identity.calls.length = 0;
    const sent = await visit(jar, `${base}/s/tw/forgot-password/`, {
      [CSRF_FIELD]: csrfOf(body),
      return: "/s/tw/my/",
      phone: "13800000001",
      intent: "code",
    });
    expect(sent.response.status).toBe(200);
    // Says no more than the server: whether the number has an account stays unknown.
    expect(sent.body).toContain("如该号码已注册市民账号，验证码短信已发送至 138****0001");
    expect(sent.body).toContain('value="13800000001"');
    expect(sent.body).toMatch(/autocomplete="one-time-code"[^>]*name="phoneCode"/i);
    expect(sent.body).toContain('name="newPassword"');
    expect(sent.body).toContain('name="newPassword2"');
    // Enter in a field submits through the first submit button: it must reset, not ask for another code.
    const form = sent.body.slice(sent.body.indexOf('<form class="account-form"'));
    const buttons = [...form.matchAll(/<button[^>]*>/g)].map((match) => match[0]);
    expect(buttons[0]).toContain('value="reset"');
    expect(buttons[0]).toContain('aria-hidden="true"');
    expect(buttons.find((button) => button.includes('value="code"'))).toMatch(/formnovalidate/i);
    expect(identity.calls.map((call) => call.operation)).toContain("PortalRequestCitizenPasswordResetCode");

    const fields = {
      [CSRF_FIELD]: csrfOf(sent.body),
      return: "/s/tw/my/",
      step: "code",
      phone: "13800000001",
      phoneCode: PHONE_CODE,
      newPassword: PASSWORD,
      newPassword2: "different",
      intent: "reset",
    };
    const mismatch = await visit(jar, `${base}/s/tw/forgot-password/`, fields);
    expect(mismatch.response.status).toBe(400);
    expect(mismatch.body).toContain('id="newPassword2-error"');
    expect(mismatch.body).toContain("两次输入的密码不一致");
    expect(identity.calls.some((call) => call.operation === "PortalResetCitizenPassword")).toBe(false);

    const weak = await visit(jar, `${base}/s/tw/forgot-password/`, {
      ...fields,
      newPassword: "short",
      newPassword2: "short",
    });
    expect(weak.response.status).toBe(422);
    expect(weak.body).toContain('id="newPassword-error"');
    expect(weak.body).toContain("密码长度至少 10 位");

    const wrong = await visit(jar, `${base}/s/tw/forgot-password/`, {
      ...fields,
      phoneCode: "135790",
      newPassword2: PASSWORD,
    });
    expect(wrong.response.status).toBe(422);
    expect(wrong.body).toContain('id="phoneCode-error"');
    expect(wrong.body).toContain("验证码不正确，还可尝试 4 次");
    expect(wrong.body).toContain('value="13800000001"');
    expect(wrong.body).toContain('name="newPassword"');
    // Passwords are never written back into a page.
    expect(wrong.body).not.toContain(PASSWORD);

    const done = await visit(jar, `${base}/s/tw/forgot-password/`, { ...fields, newPassword2: PASSWORD });
    expect(done.response.status).toBe(303);
    expect(done.response.headers.get("location")).toBe(
      "/s/tw/forgot-password/?done=1&return=%2Fs%2Ftw%2Fmy%2F",
    );
    expect(
      identity.calls.findLast((call) => call.operation === "PortalResetCitizenPassword")?.variables,
    ).toEqual({
      input: { phone: "13800000001", phoneCode: PHONE_CODE, newPassword: PASSWORD },
    });
    const success = await visit(jar, `${base}${done.response.headers.get("location")}`);
    expect(success.response.status).toBe(200);
    expect(success.response.headers.get("cache-control")).toBe("private, no-store");
    expect(success.body).toContain("密码已重置");
    expect(success.body).toContain('href="/s/tw/login/?return=%2Fs%2Ftw%2Fmy%2F">登录</a>');
    expect(jar.get("jy_rt")).toBeUndefined();
  });
});

describe("personal center", () => {
  it("shows letters, notifications and the rating form, and rates with Post/Redirect/Get", async () => {
    const base = await start();
    const jar = await signedIn(base);
    const { response, body } = await visit(jar, `${base}/s/tw/my/`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(body).toContain("张三，您好");
    expect(body).toContain("已协调市政部门疏通排水管网。");
    expect(body).toContain("1 条未读");
    expect(body).toContain("》已答复，欢迎评价");
    for (const label of ["满意", "基本满意", "不满意"]) expect(body).toContain(`> ${label}</label>`);

    identity.calls.length = 0;
    const rated = await visit(jar, `${base}/s/tw/my/`, {
      [CSRF_FIELD]: csrfOf(body),
      action: "rate",
      letterId: LETTER_ID,
      rating: "UNSATISFIED",
      comment: "积水仍未解决",
    });
    expect(rated.response.status).toBe(303);
    expect(rated.response.headers.get("location")).toBe(`/s/tw/my/?done=rated#letter-${LETTER_ID}`);
    expect(identity.calls.find((call) => call.operation === "PortalRateLetter")?.variables).toEqual({
      id: LETTER_ID,
      rating: "UNSATISFIED",
      comment: "积水仍未解决",
    });

    const noChoice = await visit(jar, `${base}/s/tw/my/`, {
      [CSRF_FIELD]: csrfOf(body),
      action: "rate",
      letterId: LETTER_ID,
    });
    expect(noChoice.response.status).toBe(400);
    expect(noChoice.body).toContain("请选择满意、基本满意或不满意");
  });

  it("exports the citizen's data as a JSON download", async () => {
    const base = await start();
    const jar = await signedIn(base);
    const { response, body } = await visit(jar, `${base}/s/tw/my/export.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="jiyue-my-data-\d{8}\.json"$/,
    );
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const data = JSON.parse(body) as { account: { phone: string }; letters: { id: string }[] };
    expect(data.account.phone).toBe("13800138000");
    expect(data.letters.map((entry) => entry.id)).toEqual([LETTER_ID]);

    const anonymous = await visit(new Jar(), `${base}/s/tw/my/export.json`);
    expect(anonymous.response.status).toBe(303);
  });

  it("logs out: the refresh token is revoked and the cookies cleared", async () => {
    const base = await start();
    const jar = await signedIn(base);
    const { body } = await visit(jar, `${base}/s/tw/my/`);
    identity.calls.length = 0;
    const out = await visit(jar, `${base}/s/tw/logout/`, { [CSRF_FIELD]: csrfOf(body) });
    expect(out.response.status).toBe(303);
    expect(out.response.headers.get("location")).toBe("/s/tw/login/?signedOut=1");
    expect(identity.calls.find((call) => call.operation === "PortalLogout")?.variables).toEqual({
      refreshToken: "refresh-login",
    });
    expect(jar.get("jy_at")).toBeUndefined();
    expect(jar.get("jy_rt")).toBeUndefined();
  });

  it("deletes the account only when confirmed with the password, then signs out", async () => {
    const base = await start();
    const jar = await signedIn(base);
    const page = await visit(jar, `${base}/s/tw/my/delete/`);
    expect(page.body).toContain("请输入登录密码确认");
    const unconfirmed = await visit(jar, `${base}/s/tw/my/delete/`, {
      [CSRF_FIELD]: csrfOf(page.body),
      password: PASSWORD,
    });
    expect(unconfirmed.response.status).toBe(400);
    const wrong = await visit(jar, `${base}/s/tw/my/delete/`, {
      [CSRF_FIELD]: csrfOf(page.body),
      password: "nope",
      confirm: "yes",
    });
    expect(wrong.response.status).toBe(422);
    expect(wrong.body).toContain("密码不正确");
    expect(jar.get("jy_at")).toBeTruthy();
    const deleted = await visit(jar, `${base}/s/tw/my/delete/`, {
      [CSRF_FIELD]: csrfOf(page.body),
      password: PASSWORD,
      confirm: "yes",
    });
    expect(deleted.response.status).toBe(303);
    expect(deleted.response.headers.get("location")).toBe("/s/tw/login/?deleted=1");
    expect(jar.get("jy_at")).toBeUndefined();
    const notice = await visit(jar, `${base}/s/tw/login/?deleted=1`);
    expect(notice.body).toContain("您的账号已注销。");
  });
});
