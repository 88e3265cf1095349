// The letter pages of a site (写信, 回执, 信件查询) against a fake gateway: plain forms that keep what was typed,
// show the server's messages at their fields, hand the query code over once (never in an address), and send
// the visitor's address and session along.
import { randomUUID } from "node:crypto";
import http from "node:http";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { CSRF_FIELD, FORM_LIMITS } from "../src/server/visitor";
import { letterSuggestScript } from "../src/templates/assets";
import { channel, type FakeGateway, fakeAccessToken, site, startFakeGateway } from "./fake-gateway";
import { type RunningPortal, startPortal } from "./helpers";

const fl = site({ code: "fl", name: "重庆市妇女联合会", channels: [channel("互动交流", "hdjl")] });
const other = site({ code: "kx", name: "重庆市科学技术协会", channels: [channel("互动交流", "hdjl")] });
const chairMailbox = {
  id: randomUUID(),
  name: "主席信箱",
  description: "直接写信给市妇联主席",
  unitId: fl.unit.id,
  isPublic: true,
  isOneWindow: false,
  allowAnonymous: true,
  site: null,
};
const oneWindow = {
  id: randomUUID(),
  name: "统一窗口",
  description: "不清楚由哪个单位办理时，请写信到这里。",
  unitId: randomUUID(),
  isPublic: true,
  isOneWindow: true,
  allowAnonymous: true,
  site: null,
};
const QUERY_CODE = "Qc_abcdefghijklmnopqrstuvwxyz012345";

let gateway: FakeGateway;
let running: RunningPortal;
const submitted: { input: Record<string, unknown>; authorization?: string; forwardedFor?: string }[] = [];
const codeRequests: { phone: unknown; forwardedFor?: string }[] = [];
let submitAnswer: () => unknown;

beforeAll(async () => {
  gateway = await startFakeGateway([fl, other]);
  gateway.handlers = {
    PortalLetterMailbox: ({ id }) => ({
      data: { mailbox: [chairMailbox, oneWindow].find((mailbox) => mailbox.id === id) ?? null },
    }),
    PortalOneWindowMailbox: () => ({ data: { oneWindowMailbox: oneWindow } }),
    PortalLetterWriter: () => ({ data: { me: { kind: "CITIZEN", displayName: "王小梅" } } }),
    PortalRequestPhoneCode: ({ phone }, caller) => {
      codeRequests.push({ phone, forwardedFor: caller.forwardedFor });
      if (phone === "123")
        return {
          data: null,
          errors: [
            {
              message: "请填写正确的 11 位手机号码",
              extensions: {
                code: "BAD_USER_INPUT",
                fields: [{ path: "", message: "请填写正确的 11 位手机号码" }],
              },
            },
          ],
        };
      return { data: { requestPhoneCode: { maskedPhone: "139****5678", resendAfterSeconds: 60 } } };
    },
    PortalSubmitLetter: ({ input }, caller) => {
      submitted.push({ input: input as Record<string, unknown>, ...caller });
      return submitAnswer();
    },
    PortalLetterByQueryCode: ({ code }) => {
      if (code === "limited")
        return {
          data: null,
          errors: [{ message: "查询过于频繁，请稍后再试", extensions: { code: "TOO_MANY_REQUESTS" } }],
        };
      if (code !== QUERY_CODE) return { data: { letterByQueryCode: null } };
      return {
        data: {
          letterByQueryCode: {
            id: randomUUID(),
            title: "小区路灯不亮",
            content: "小区门口的路灯坏了两周。",
            category: null,
            status: "NOT_ACCEPTED",
            createdAt: "2026-03-02T02:00:00.000Z",
            notAcceptedReason: "该事项不属于本单位职责，请向区城管局反映。",
            infoRequest: null,
            reply: null,
            repliedAt: null,
            mailbox: { id: chairMailbox.id, name: "主席信箱" },
            timeline: [
              { id: randomUUID(), action: "submit", comment: null, at: "2026-03-02T02:00:00.000Z" },
              { id: randomUUID(), action: "hold", comment: null, at: "2026-03-02T02:00:00.000Z" },
              {
                id: randomUUID(),
                action: "not_accept",
                comment: "该事项不属于本单位职责",
                at: "2026-03-03T02:00:00.000Z",
              },
            ],
            deadline: { citizenDueAt: null },
          },
        },
      };
    },
  };
  running = await startPortal({ gatewayUrl: gateway.url });
});
afterAll(async () => {
  await running?.close();
  await gateway.stop();
});
afterEach(() => {
  submitted.length = 0;
  codeRequests.length = 0;
});

const FORM = `/s/fl/hdjl/${chairMailbox.id}/xiexin/`;

/** Loads a page as a browser: the cookies it was given, the hidden fields of its form. */
async function open(path: string, cookie = "") {
  const response = await fetch(`${running.url}${path}`, { headers: cookie ? { cookie } : {} });
  const given = response.headers
    .getSetCookie()
    .map((header) => header.split(";")[0])
    .join("; ");
  const html = await response.text();
  const hidden = (name: string) => new RegExp(`name="${name}" value="([^"]+)"`).exec(html)?.[1] ?? "";
  return {
    response,
    html,
    cookie: [cookie, given].filter(Boolean).join("; "),
    csrf: hidden(CSRF_FIELD),
    key: hidden("formKey"),
  };
}

async function post(path: string, cookie: string, fields: Record<string, string>) {
  const response = await fetch(`${running.url}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie },
    body: new URLSearchParams(fields),
  });
  return { response, html: await response.text() };
}

const LETTER = {
  title: "小区路灯不亮 <b>急</b>",
  category: "城乡建设",
  content: "小区门口的路灯坏了两周，晚上很黑。",
  contactPhone: "13912345678",
};

describe("the letter form", () => {
  it("is a private page with labelled fields, a form key per load and the anonymous phone fields", async () => {
    const first = await open(FORM);
    expect(first.response.status).toBe(200);
    expect(first.response.headers.get("cache-control")).toBe("private, no-store");
    expect(first.html).toContain("<h1>写信：主席信箱</h1>");
    for (const [id, label] of [
      ["letter-title", "标题"],
      ["letter-content", "内容"],
      ["letter-phone", "手机号码"],
      ["letter-code", "验证码"],
    ])
      expect(first.html).toMatch(new RegExp(`<label for="${id}">${label}`));
    expect(first.html).toContain(`<script src="${letterSuggestScript.href}" defer=""></script>`);
    expect(first.html).toContain('data-suggest-url="/s/fl/zhiku/suggest.json"');
    expect(first.html).not.toMatch(/<script>|style="/);
    // Enter in a field submits with the form's first submit button: that must send the letter, not ask for a code.
    expect(first.html.match(/<button type="submit" value="(\w+)"[^>]*name="intent"/)?.[1]).toBe("submit");
    const second = await open(FORM, first.cookie);
    expect(second.key).toMatch(/^[A-Za-z0-9_-]{16,}$/);
    expect(second.key).not.toBe(first.key);
  });

  it("is there for the one window on every site, and not for another unit's mailbox", async () => {
    expect((await open("/s/kx/hdjl/tyck/xiexin/")).html).toContain("<h1>写信：统一窗口</h1>");
    expect((await open(`/s/kx/hdjl/${chairMailbox.id}/xiexin/`)).response.status).toBe(404);
    expect((await open(`/s/fl/hdjl/${randomUUID()}/xiexin/`)).response.status).toBe(404);
  });

  it("asks for a phone code from the visitor's address and comes back with what was typed", async () => {
    const { cookie, csrf, key } = await open(FORM);
    const answer = await post(FORM, cookie, { [CSRF_FIELD]: csrf, formKey: key, intent: "code", ...LETTER });
    expect(answer.response.status).toBe(200);
    expect(codeRequests).toEqual([{ phone: "13912345678", forwardedFor: "127.0.0.1" }]);
    expect(answer.html).toContain("验证码已发送至 139****5678");
    expect(answer.html).toContain('value="小区路灯不亮 &lt;b&gt;急&lt;/b&gt;"');
    expect(answer.html).toContain("小区门口的路灯坏了两周，晚上很黑。</textarea>");
    expect(answer.html).toContain('<option value="城乡建设" selected="">');
    expect(answer.html).toContain(`name="formKey" value="${key}"`);
    expect(submitted).toHaveLength(0);

    const bad = await post(FORM, cookie, {
      [CSRF_FIELD]: csrf,
      formKey: key,
      intent: "code",
      ...LETTER,
      contactPhone: "123",
    });
    expect(bad.response.status).toBe(422);
    expect(bad.html).toContain(
      '<p class="form-error-text" id="letter-phone-error">请填写正确的 11 位手机号码</p>',
    );
    expect(bad.html).toMatch(/aria-describedby="letter-phone-error" aria-invalid="true"/);
  });

  it("shows the server's field messages at their fields, keeping the values", async () => {
    submitAnswer = () => ({
      data: null,
      errors: [
        {
          message: "验证码不正确，还可尝试 4 次",
          extensions: {
            code: "BAD_USER_INPUT",
            fields: [{ path: "phoneCode", message: "验证码不正确，还可尝试 4 次" }],
          },
        },
      ],
    });
    const { cookie, csrf, key } = await open(FORM);
    const answer = await post(FORM, cookie, {
      [CSRF_FIELD]: csrf,
      formKey: key,
      intent: "submit",
      ...LETTER,
      phoneCode: "111111",
    });
    expect(answer.response.status).toBe(422);
    expect(answer.html).toContain('id="letter-code-error">验证码不正确，还可尝试 4 次</p>');
    expect(answer.html).toContain('role="alert"');
    expect(answer.html).toContain('value="13912345678"');
    expect(submitted[0]?.input).toMatchObject({
      mailboxId: chairMailbox.id,
      siteId: fl.id,
      title: LETTER.title,
      category: "城乡建设",
      publishable: false,
      idempotencyKey: key,
      contactPhone: "13912345678",
      phoneCode: "111111",
    });
  });

  it("keeps what was typed when one attachment is over 10 MB, with the problem at 附件", async () => {
    const { cookie, csrf, key } = await open(FORM);
    const body = new FormData();
    for (const [name, value] of Object.entries({
      [CSRF_FIELD]: csrf,
      formKey: key,
      intent: "submit",
      ...LETTER,
    }))
      body.append(name, value);
    body.append(
      "attachments",
      new Blob([new Uint8Array(10 * 1024 * 1024 + 1)], { type: "application/pdf" }),
      "扫描件.pdf",
    );
    const response = await fetch(`${running.url}${FORM}`, {
      method: "POST",
      redirect: "manual",
      headers: { cookie },
      body,
    });
    const html = await response.text();
    expect(response.status).toBe(422);
    expect(html).toContain("附件不能超过 10 MB：扫描件.pdf");
    expect(html).toMatch(/id="[^"]*attachments[^"]*-error"[^>]*>附件不能超过 10 MB/);
    expect(html).toContain("小区门口的路灯坏了两周，晚上很黑。");
    expect(html).toContain("小区路灯不亮 &lt;b&gt;急&lt;/b&gt;");
    expect(submitted).toHaveLength(0);
  });

  it("answers a request over the hard cap with a 413 that leads back to the form", async () => {
    const { cookie, csrf } = await open(FORM);
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const url = new URL(`${running.url}${FORM}`);
      const req = http.request({
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: "POST",
        headers: {
          cookie,
          "content-type": "multipart/form-data; boundary=x",
          "content-length": String(FORM_LIMITS.requestBytes + 1),
        },
      });
      req.on("response", (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }),
        );
      });
      req.on("error", reject);
      req.write(`--x\r\ncontent-disposition: form-data; name="${CSRF_FIELD}"\r\n\r\n${csrf}\r\n`);
    });
    expect(answer.status).toBe(413);
    expect(answer.body).toContain("提交的内容过大");
    expect(answer.body).toContain(`<a class="button" href="${FORM}">返回表单</a>`);
  });

  it("says when the visitor is limited", async () => {
    submitAnswer = () => ({
      data: null,
      errors: [{ message: "提交过于频繁，请一小时后再试", extensions: { code: "TOO_MANY_REQUESTS" } }],
    });
    const { cookie, csrf, key } = await open(FORM);
    const answer = await post(FORM, cookie, {
      [CSRF_FIELD]: csrf,
      formKey: key,
      ...LETTER,
      phoneCode: "123456",
    });
    expect(answer.response.status).toBe(429);
    expect(answer.html).toContain("提交过于频繁，请一小时后再试");
  });

  it("redirects to the receipt, which shows the query code once; the code is never in an address", async () => {
    submitAnswer = () => ({
      data: { submitLetter: { queryCode: QUERY_CODE, letter: { id: randomUUID() } } },
    });
    const { cookie, csrf, key } = await open(FORM);
    const answer = await post(FORM, cookie, {
      [CSRF_FIELD]: csrf,
      formKey: key,
      ...LETTER,
      phoneCode: "123456",
      publishable: "1",
    });
    expect(answer.response.status).toBe(303);
    const location = answer.response.headers.get("location") ?? "";
    expect(location).toBe("/s/fl/hdjl/huizhi/");
    expect(submitted[0]?.input.publishable).toBe(true);
    const receiptCookie = answer.response.headers
      .getSetCookie()
      .find((header) => header.startsWith("jy_letter_qc="));
    expect(receiptCookie).toBe(
      `jy_letter_qc=${QUERY_CODE}; Max-Age=600; Path=/s/fl/hdjl/huizhi/; HttpOnly; SameSite=Lax`,
    );

    const receipt = await open(location, `${cookie}; jy_letter_qc=${QUERY_CODE}`);
    expect(receipt.response.headers.get("cache-control")).toBe("private, no-store");
    expect(receipt.html).toContain(`<code>${QUERY_CODE}</code>`);
    expect(receipt.response.headers.getSetCookie()).toContain(
      "jy_letter_qc=; Max-Age=0; Path=/s/fl/hdjl/huizhi/; HttpOnly; SameSite=Lax",
    );
    const again = await open(location, cookie);
    expect(again.html).not.toContain(QUERY_CODE);
    expect(again.html).toContain("查询码只显示一次");
  });

  it("shows a signed-in citizen by name, without the phone fields, and sends the session along", async () => {
    const token = fakeAccessToken(600);
    submitAnswer = () => ({
      data: { submitLetter: { queryCode: QUERY_CODE, letter: { id: randomUUID() } } },
    });
    const { html, cookie, csrf, key } = await open(FORM, `jy_at=${token}`);
    expect(html).toContain("以 <strong>王小梅</strong> 的身份写信");
    expect(html).not.toContain("获取验证码");
    const answer = await post(FORM, cookie, { [CSRF_FIELD]: csrf, formKey: key, ...LETTER });
    expect(answer.response.status).toBe(303);
    expect(submitted[0]?.authorization).toBe(`Bearer ${token}`);
    expect(submitted[0]?.input).not.toHaveProperty("contactPhone");
  });
});

describe("the letter lookup", () => {
  it("takes the code by POST and shows status, reason and the public steps only", async () => {
    const { cookie, csrf, response } = await open("/s/fl/hdjl/chaxun/");
    expect(response.status).toBe(200);
    const found = await post("/s/fl/hdjl/chaxun/", cookie, { [CSRF_FIELD]: csrf, code: QUERY_CODE });
    expect(found.response.status).toBe(200);
    expect(found.html).toContain('<h2 id="letter-result-title">小区路灯不亮</h2>');
    expect(found.html).toContain('<dd class="letter-status">不予受理</dd>');
    expect(found.html).toContain("该事项不属于本单位职责，请向区城管局反映。");
    expect(found.html).toContain("提交信件");
    expect(found.html).toContain("不予受理：该事项不属于本单位职责");
    const timeline = found.html.slice(found.html.indexOf('class="letter-timeline"'));
    expect(timeline.slice(0, timeline.indexOf("</ol>")).match(/<li>/g)?.length).toBe(2);

    const wrong = await post("/s/fl/hdjl/chaxun/", cookie, { [CSRF_FIELD]: csrf, code: "not-a-code" });
    expect(wrong.response.status).toBe(404);
    expect(wrong.html).toContain("查询码不正确");
    const limited = await post("/s/fl/hdjl/chaxun/", cookie, { [CSRF_FIELD]: csrf, code: "limited" });
    expect(limited.response.status).toBe(429);
    expect(limited.html).toContain("查询过于频繁，请稍后再试");
  });

  it("serves the suggestion script as a hashed, cacheable asset", async () => {
    const response = await fetch(`${running.url}${letterSuggestScript.href}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/javascript");
    expect(await response.text()).toContain('getElementById("letter-suggestions")');
  });
});

describe("the navigation's current page", () => {
  const currentItems = (html: string) =>
    [...html.matchAll(/<a [^>]*aria-current="page"[^>]*>([^<]*)<\/a>/g)].map((found) => found[1]);

  it("marks 互动交流 on the letter pages, 首页 only on the home page, and nothing on pages off the navigation", async () => {
    expect(currentItems((await running.get("/s/fl/")).body)).toEqual(["首页"]);
    for (const path of [`/s/fl/hdjl/${chairMailbox.id}/xiexin/`, "/s/fl/hdjl/chaxun/"]) {
      expect(currentItems((await running.get(path)).body), path).toEqual(["互动交流"]);
    }
    for (const path of ["/s/fl/login/", "/s/fl/register/", "/s/fl/search/"]) {
      const page = await running.get(path);
      expect(page.status, path).toBeLessThan(400);
      expect(currentItems(page.body), path).toEqual([]);
    }
  });
});
