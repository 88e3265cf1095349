// Visitor pages (forms, personal pages): never cached, POST forms only with the browser's anti-forgery token
// and from our own origin, the visitor's address and session passed on to the gateway, expired sessions
// refreshed and rotated through cookies.
import http from "node:http";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { siteByCodeQuery } from "../src/features/site/site.queries";
import { CSRF_FIELD, FORM_LIMITS, type VisitorRoute } from "../src/server/visitor";
import {
  channel,
  FAKE_REFRESH_TOKEN,
  type FakeGateway,
  fakeAccessToken,
  site,
  startFakeGateway,
} from "./fake-gateway";
import { type RunningPortal, startPortal } from "./helpers";

const tw = site({ code: "tw", name: "团市委", channels: [channel("工作动态", "gzdt")] });

let renders = 0;
/** A form page: shows the token and a fresh form key on GET; on POST echoes what it received. */
const echoRoute: VisitorRoute = {
  name: "echo",
  match: (sitePath) =>
    sitePath === "/form/"
      ? async (context) => {
          renders += 1;
          await context.call(siteByCodeQuery, { code: context.site.code });
          const { request } = context;
          const body = JSON.stringify({
            method: request.method,
            csrf: context.csrfToken,
            key: context.newFormKey(),
            choices: request.form.getAll("choice"),
            title: request.form.get("title"),
            files: request.files.map((file) => ({
              name: file.filename,
              size: file.data.length,
              ...(file.tooLarge ? { tooLarge: true } : {}),
            })),
            citizen: context.citizen?.token ?? null,
          });
          return { status: 200, html: body, tags: [], contentType: "application/json" };
        }
      : null,
};

let gateway: FakeGateway;
let running: RunningPortal;
beforeAll(async () => {
  gateway = await startFakeGateway([tw]);
});
afterAll(() => gateway.stop());
afterEach(async () => {
  await running?.close();
});

interface Echo {
  method: string;
  csrf: string;
  key: string;
  choices: string[];
  title: string | null;
  files: { name: string; size: number; tooLarge?: boolean }[];
  citizen: string | null;
}

async function start(): Promise<string> {
  running = await startPortal({ gatewayUrl: gateway.url, visitorRoutes: [echoRoute] });
  return `${running.url}/s/tw/form/`;
}

/** GET the form as a browser would: returns the cookies it was given and the echoed page. */
async function openForm(
  url: string,
  cookie = "",
): Promise<{ cookie: string; echo: Echo; response: Response }> {
  const response = await fetch(url, { headers: cookie ? { cookie } : {} });
  const given = response.headers
    .getSetCookie()
    .map((header) => header.split(";")[0])
    .join("; ");
  return { cookie: given || cookie, echo: (await response.json()) as Echo, response };
}

describe("visitor pages", () => {
  it("are rendered for every request and answer private, no-store", async () => {
    const url = await start();
    const before = renders;
    const first = await openForm(url);
    await openForm(url, first.cookie);
    expect(renders - before).toBe(2);
    expect(first.response.headers.get("cache-control")).toBe("private, no-store");
    expect(first.response.headers.get("content-security-policy")).toContain("script-src 'self'");
    // Two loads of one form get different form keys (two citizens never share an idempotency token).
    const second = await openForm(url, first.cookie);
    expect(second.echo.key).not.toBe(first.echo.key);
  });

  it("issue an HttpOnly SameSite=Lax anti-forgery cookie once and accept POSTs that carry its token", async () => {
    const url = await start();
    const { cookie, echo, response } = await openForm(url);
    expect(response.headers.getSetCookie()[0]).toMatch(/^jy_csrf=[^;]+; Path=\/; HttpOnly; SameSite=Lax$/);
    const again = await openForm(url, cookie);
    expect(again.response.headers.getSetCookie()).toEqual([]);
    expect(again.echo.csrf).toBe(echo.csrf);

    const form = new URLSearchParams([
      [CSRF_FIELD, echo.csrf],
      ["title", "关于小区停车的建议"],
      ["choice", "a"],
      ["choice", "c"],
    ]);
    const posted = await fetch(url, { method: "POST", body: form, headers: { cookie } });
    expect(posted.status).toBe(200);
    const received = (await posted.json()) as Echo;
    expect(received).toMatchObject({ method: "POST", title: "关于小区停车的建议", choices: ["a", "c"] });
  });

  it("refuse a POST without the token, with another browser's token, or from another origin", async () => {
    const url = await start();
    const mine = await openForm(url);
    const theirs = await openForm(url);
    const post = (token: string | null, headers: Record<string, string>) => {
      const form = new URLSearchParams({ title: "x" });
      if (token) form.set(CSRF_FIELD, token);
      return fetch(url, { method: "POST", body: form, headers });
    };
    const before = renders;
    const missing = await post(null, { cookie: mine.cookie });
    expect(missing.status).toBe(403);
    expect(await missing.text()).toContain("表单已过期");
    expect((await post(theirs.echo.csrf, { cookie: mine.cookie })).status).toBe(403);
    expect((await post(mine.echo.csrf, {})).status).toBe(403);
    const foreign = await post(mine.echo.csrf, { cookie: mine.cookie, origin: "https://evil.example" });
    expect(foreign.status).toBe(403);
    expect(renders).toBe(before);
    // Our own origin is fine.
    const own = await post(mine.echo.csrf, { cookie: mine.cookie, origin: new URL(url).origin });
    expect(own.status).toBe(200);
  });

  it("read multipart forms with files, hand an oversized file on as such, and refuse a request over the cap with 413", async () => {
    const url = await start();
    const { cookie, echo } = await openForm(url);
    const form = new FormData();
    form.set(CSRF_FIELD, echo.csrf);
    form.set("title", "附件测试");
    form.append("attachment", new Blob([Buffer.alloc(1234, 1)], { type: "application/pdf" }), "证明材料.pdf");
    form.append("attachment", new Blob([]), "");
    const posted = await fetch(url, { method: "POST", body: form, headers: { cookie } });
    expect(posted.status).toBe(200);
    const received = (await posted.json()) as Echo;
    expect(received.title).toBe("附件测试");
    expect(received.files).toEqual([{ name: "证明材料.pdf", size: 1234 }]);

    // One file over the limit: the form still arrives, the file marked (its handler says so at the field).
    const big = new FormData();
    big.set(CSRF_FIELD, echo.csrf);
    big.set("title", "大附件");
    big.append("attachment", new Blob([Buffer.alloc(11 * 1024 * 1024)]), "big.bin");
    const marked = await fetch(url, { method: "POST", body: big, headers: { cookie } });
    expect(marked.status).toBe(200);
    const kept = (await marked.json()) as Echo;
    expect(kept.title).toBe("大附件");
    expect(kept.files).toEqual([{ name: "big.bin", size: 0, tooLarge: true }]);

    // More than the whole request may carry, sent without a length: 413 once the cap is passed.
    const target = new URL(url);
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request({
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: "POST",
        headers: {
          cookie,
          "content-type": "multipart/form-data; boundary=x",
          "transfer-encoding": "chunked",
        },
      });
      let answered = false;
      req.on("response", (res) => {
        answered = true;
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", (error) => (answered ? undefined : reject(error)));
      req.write('--x\r\ncontent-disposition: form-data; name="attachment"; filename="big.bin"\r\n\r\n');
      const chunk = Buffer.alloc(1024 * 1024);
      let sent = 0;
      const pump = () => {
        while (!answered && sent <= FORM_LIMITS.requestBytes + chunk.length) {
          sent += chunk.length;
          if (!req.write(chunk)) {
            req.once("drain", pump);
            return;
          }
        }
      };
      pump();
    });
    expect(status).toBe(413);
  });

  it("call the gateway with the visitor's address and the citizen's token", async () => {
    const url = await start();
    const token = fakeAccessToken(600);
    gateway.callers.length = 0;
    const { echo } = await openForm(url, `jy_at=${token}`);
    expect(echo.citizen).toBe(token);
    const call = gateway.callers.find(
      (caller) => caller.operation === "PortalSiteByCode" && caller.authorization,
    );
    expect(call).toMatchObject({ authorization: `Bearer ${token}`, forwardedFor: "127.0.0.1" });
  });

  it("refresh an expired session and rotate the cookies; a refused refresh signs the visitor out", async () => {
    const url = await start();
    const refreshed = await openForm(url, `jy_at=${fakeAccessToken(-10)}; jy_rt=${FAKE_REFRESH_TOKEN}`);
    expect(refreshed.echo.citizen).toMatch(/\./);
    const cookies = refreshed.response.headers.getSetCookie();
    expect(cookies.find((c) => c.startsWith("jy_rt="))).toContain(`${FAKE_REFRESH_TOKEN}-next`);
    expect(cookies.find((c) => c.startsWith("jy_at="))).toMatch(
      /Max-Age=900; Path=\/; HttpOnly; SameSite=Lax/,
    );

    const refused = await openForm(url, "jy_rt=stolen-or-revoked");
    expect(refused.echo.citizen).toBeNull();
    const cleared = refused.response.headers.getSetCookie();
    expect(cleared.filter((c) => /^jy_(at|rt)=;.*Max-Age=0/.test(c))).toHaveLength(2);
  });

  it("answer 405 to a POST on a cached page", async () => {
    await start();
    const response = await fetch(`${running.url}/s/tw/`, { method: "POST", body: "a=1" });
    expect(response.status).toBe(405);
  });
});
