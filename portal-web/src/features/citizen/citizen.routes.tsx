// The citizen's visitor pages on every site: /login/ (local form, 统一身份认证 link, and the landing of its
// one-time ticket), /register/ (the phone proven by an SMS code first), /forgot-password/ (忘记密码: a new
// password once an SMS code proves the phone), /logout/ (POST), the personal center /my/ with its forms,
// /my/export.json (PIPL: everything held about the citizen, as a download) and /my/delete/ (account deletion).

import type { LetterRating } from "../../gql/graphql";
import { renderDocument } from "../../server/html";
import type { RenderedPage } from "../../server/render-cache";
import {
  ACCESS_COOKIE,
  formStatusOf,
  type GraphQLErrorValue,
  REFRESH_COOKIE,
  sessionCookies,
  type TokenPairValue,
  type VisitorContext,
  type VisitorHandler,
  type VisitorRoute,
} from "../../server/visitor";
import { CitizenCenterPage } from "../../templates/pages/CitizenCenterPage";
import { CitizenDeletePage } from "../../templates/pages/CitizenDeletePage";
import {
  CitizenLoginPage,
  CitizenPasswordResetPage,
  CitizenRegisterPage,
  type FormProblem,
} from "../../templates/pages/CitizenLoginPage";
import { loginHref, oidcLoginHref, safeReturn } from "./citizen.paths";
import {
  citizenLoginMutation,
  citizenRegisterMutation,
  deleteAccountMutation,
  exchangeTicketMutation,
  loginMethodsQuery,
  logoutMutation,
  markNotificationsReadMutation,
  myAccountQuery,
  myCenterQuery,
  myDataExportQuery,
  mySubmissionsQuery,
  provideLetterInfoMutation,
  rateLetterMutation,
  requestPasswordResetCodeMutation,
  requestRegisterCodeMutation,
  resetPasswordMutation,
  updateProfileMutation,
} from "./citizen.queries";

const RATINGS: readonly LetterRating[] = ["SATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED"];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const OIDC_ERRORS: Record<string, string> = {
  oidc_failed: "统一身份认证登录失败，请重试",
  oidc_provider_error: "统一身份认证登录未完成，请重试",
};

/** A form's problem from GraphQL errors: the first message on top, field messages by input name. */
export function problemOf(errors: GraphQLErrorValue[], fallback = "操作未成功，请稍后重试"): FormProblem {
  const fields: Record<string, string> = {};
  for (const error of errors) {
    const list = error.extensions.fields;
    if (!Array.isArray(list)) continue;
    for (const entry of list as { path?: unknown; message?: unknown }[]) {
      if (typeof entry.path === "string" && typeof entry.message === "string") {
        const name = entry.path.split(".").pop() ?? entry.path;
        fields[name] ??= entry.message;
      }
    }
  }
  const first = errors[0];
  const known = first && first.code !== "INTERNAL_SERVER_ERROR";
  return { message: known ? first.message : fallback, fields };
}

function redirect(location: string): RenderedPage {
  return { status: 303, html: "", tags: [], location };
}

function html(status: number, body: string): RenderedPage {
  return { status, html: body, tags: [] };
}

function signIn(context: VisitorContext, pair: TokenPairValue): void {
  for (const cookie of sessionCookies(pair)) context.setCookie(cookie.name, cookie.value, cookie.options);
}

function signOut(context: VisitorContext): void {
  context.clearCookie(ACCESS_COOKIE);
  context.clearCookie(REFRESH_COOKIE);
}

/** A complete token pair from a login payload, or null (e.g. a staff ticket waiting for a TOTP code). */
function pairOf(
  payload:
    | { status: string; accessToken: string | null; refreshToken: string | null; expiresIn: number | null }
    | null
    | undefined,
): TokenPairValue | null {
  if (payload?.status !== "SUCCESS" || !payload.accessToken || !payload.refreshToken || !payload.expiresIn)
    return null;
  return {
    accessToken: payload.accessToken,
    refreshToken: payload.refreshToken,
    expiresIn: payload.expiresIn,
  };
}

function shell(context: VisitorContext) {
  return {
    site: context.site,
    basePath: context.basePath,
    theme: context.theme,
    stylesheet: context.stylesheet,
  };
}

// ── /login/ ─────────────────────────────────────────────────────────────────────────────────────────────

async function renderLogin(
  context: VisitorContext,
  returnTo: string,
  status: number,
  problem: FormProblem | null,
  phone = "",
  notice: string | null = null,
): Promise<RenderedPage> {
  const methods = await context.call(loginMethodsQuery, {});
  const oidc = methods.data?.loginMethods.oidc ?? false;
  return html(
    status,
    renderDocument(
      <CitizenLoginPage
        {...shell(context)}
        csrfToken={context.csrfToken}
        returnTo={returnTo}
        problem={problem}
        phone={phone}
        notice={notice}
        oidcHref={oidc ? oidcLoginHref(context.basePath, returnTo) : null}
        oidcName={methods.data?.loginMethods.oidcName ?? null}
      />,
    ),
  );
}

const login: VisitorHandler = async (context) => {
  const { request, basePath } = context;
  const query = request.url.searchParams;
  if (request.method === "POST") {
    const returnTo = safeReturn(request.form.get("return"), basePath);
    const phone = (request.form.get("phone") ?? "").trim();
    const result = await context.call(citizenLoginMutation, {
      input: { phone, password: request.form.get("password") ?? "" },
    });
    const pair = pairOf(result.data?.citizenLogin);
    if (!pair)
      return renderLogin(context, returnTo, formStatusOf(result.errors[0]), problemOf(result.errors), phone);
    signIn(context, pair);
    return redirect(returnTo);
  }
  const returnTo = safeReturn(query.get("return"), basePath);
  const ticket = query.get("ticket");
  if (ticket) {
    // The landing of 统一身份认证: exchange the one-time ticket here, on the server, then drop it from the URL.
    const result = await context.call(exchangeTicketMutation, { ticket });
    const payload = result.data?.exchangeLoginTicket;
    const pair = payload?.me?.kind === "CITIZEN" ? pairOf(payload) : null;
    if (!pair) {
      const problem = result.errors.length
        ? problemOf(result.errors)
        : { message: "该账号不能登录市民服务", fields: {} };
      return renderLogin(
        context,
        returnTo,
        result.errors.length ? formStatusOf(result.errors[0]) : 403,
        problem,
      );
    }
    signIn(context, pair);
    return redirect(returnTo);
  }
  const oidcError = query.get("error");
  if (oidcError) {
    const message = OIDC_ERRORS[oidcError] ?? "统一身份认证登录失败，请重试";
    return renderLogin(context, returnTo, 200, { message, fields: {} });
  }
  if (context.citizen) return redirect(returnTo);
  const notice =
    query.get("deleted") === "1"
      ? "您的账号已注销。"
      : query.get("signedOut") === "1"
        ? "您已退出登录。"
        : null;
  return renderLogin(context, returnTo, 200, null, "", notice);
};

// ── /register/ ──────────────────────────────────────────────────────────────────────────────────────────

const register: VisitorHandler = async (context) => {
  const { request, basePath } = context;
  const source = request.method === "POST" ? request.form : request.url.searchParams;
  const returnTo = safeReturn(source.get("return"), basePath);
  // Passwords are never written back into the page; everything else survives a round trip.
  const values = {
    type: request.form.get("type") === "LEGAL_PERSON" ? "LEGAL_PERSON" : "PERSON",
    phone: (request.form.get("phone") ?? "").trim(),
    displayName: (request.form.get("displayName") ?? "").trim(),
    creditCode: (request.form.get("creditCode") ?? "").trim(),
    phoneCode: (request.form.get("phoneCode") ?? "").trim(),
  };
  const page = (status: number, problem: FormProblem | null, notice: string | null = null) =>
    html(
      status,
      renderDocument(
        <CitizenRegisterPage
          {...shell(context)}
          csrfToken={context.csrfToken}
          returnTo={returnTo}
          problem={problem}
          notice={notice}
          values={values}
        />,
      ),
    );
  if (request.method !== "POST") return page(200, null);
  if (request.form.get("intent") === "code") {
    // 获取验证码 posts the whole form back. The answer is the same whether or not the number is registered
    // (a registered number gets a text saying so instead of a code), so the notice says only "sent".
    const result = await context.call(requestRegisterCodeMutation, { phone: values.phone });
    const sent = result.data?.requestCitizenRegisterCode;
    if (!sent)
      return page(formStatusOf(result.errors[0]), problemOf(result.errors, "验证码发送失败，请稍后重试"));
    values.phoneCode = "";
    return page(
      200,
      null,
      `短信已发送至 ${sent.maskedPhone}，请填写短信中的验证码（${Math.round(sent.expiresInSeconds / 60)} 分钟内有效）。`,
    );
  }
  const password = request.form.get("password") ?? "";
  if (password !== (request.form.get("password2") ?? "")) {
    return page(400, {
      message: "两次输入的密码不一致",
      fields: { password2: "两次输入的密码不一致" },
    });
  }
  const result = await context.call(citizenRegisterMutation, {
    input: {
      type: values.type === "LEGAL_PERSON" ? "LEGAL_PERSON" : "PERSON",
      phone: values.phone,
      phoneCode: values.phoneCode,
      password,
      displayName: values.displayName,
      creditCode: values.type === "LEGAL_PERSON" ? values.creditCode || null : null,
    },
  });
  const pair = pairOf(result.data?.citizenRegister);
  if (!pair) return page(formStatusOf(result.errors[0]), problemOf(result.errors));
  signIn(context, pair);
  return redirect(returnTo);
};

// ── /forgot-password/ ───────────────────────────────────────────────────────────────────────────────────

const forgotPassword: VisitorHandler = async (context) => {
  const { request, basePath } = context;
  const source = request.method === "POST" ? request.form : request.url.searchParams;
  const returnTo = safeReturn(source.get("return"), basePath);
  // Passwords are never written back into the page.
  const values = {
    phone: (request.form.get("phone") ?? "").trim(),
    phoneCode: (request.form.get("phoneCode") ?? "").trim(),
  };
  const page = (
    status: number,
    step: "phone" | "code" | "done",
    problem: FormProblem | null,
    notice: string | null = null,
  ) =>
    html(
      status,
      renderDocument(
        <CitizenPasswordResetPage
          {...shell(context)}
          csrfToken={context.csrfToken}
          returnTo={returnTo}
          problem={problem}
          notice={notice}
          step={step}
          values={values}
        />,
      ),
    );
  if (request.method !== "POST")
    return page(200, request.url.searchParams.get("done") === "1" ? "done" : "phone", null);
  const onCodeStep = request.form.get("step") === "code";
  if (request.form.get("intent") === "code") {
    // The answer is the same whether or not the number has an account (only an account's phone gets the
    // code), so the notice cannot say more than "if registered, sent".
    const result = await context.call(requestPasswordResetCodeMutation, { phone: values.phone });
    const sent = result.data?.requestCitizenPasswordResetCode;
    if (!sent)
      return page(
        formStatusOf(result.errors[0]),
        onCodeStep ? "code" : "phone",
        problemOf(result.errors, "验证码发送失败，请稍后重试"),
      );
    values.phoneCode = "";
    return page(
      200,
      "code",
      null,
      `如该号码已注册市民账号，验证码短信已发送至 ${sent.maskedPhone}，请填写短信中的验证码（${Math.round(sent.expiresInSeconds / 60)} 分钟内有效）并设置新密码。`,
    );
  }
  const newPassword = request.form.get("newPassword") ?? "";
  if (newPassword !== (request.form.get("newPassword2") ?? "")) {
    return page(400, "code", {
      message: "两次输入的密码不一致",
      fields: { newPassword2: "两次输入的密码不一致" },
    });
  }
  const result = await context.call(resetPasswordMutation, {
    input: { phone: values.phone, phoneCode: values.phoneCode, newPassword },
  });
  if (!result.data?.resetCitizenPassword)
    return page(formStatusOf(result.errors[0]), "code", problemOf(result.errors));
  // Post/Redirect/Get: a reload of the success page posts nothing again.
  return redirect(`${basePath}/forgot-password/?done=1&return=${encodeURIComponent(returnTo)}`);
};

// ── /logout/ ────────────────────────────────────────────────────────────────────────────────────────────

const logout: VisitorHandler = async (context) => {
  if (context.request.method !== "POST") return redirect(`${context.basePath}/my/`);
  const refreshToken = context.request.cookies[REFRESH_COOKIE];
  // Revoking the refresh token ends the session on the server, whatever the browser keeps.
  if (refreshToken) await context.call(logoutMutation, { refreshToken });
  signOut(context);
  return redirect(`${context.basePath}/login/?signedOut=1`);
};

// ── /my/ ────────────────────────────────────────────────────────────────────────────────────────────────

type CitizenAccount = NonNullable<NonNullable<Awaited<ReturnType<typeof loadAccount>>>>;

/** The signed-in citizen's account, or a redirect to the login page (a stale session is cleared). */
async function loadAccount(context: VisitorContext) {
  if (!context.citizen) return null;
  const result = await context.call(myAccountQuery, {});
  const citizen = result.data?.me?.citizen;
  if (!citizen) {
    if (result.errors.some((error) => error.code !== "UNAUTHENTICATED"))
      throw new Error(result.errors[0]?.message);
    signOut(context);
    return null;
  }
  return citizen;
}

function toLogin(context: VisitorContext, sitePath: string): RenderedPage {
  return redirect(loginHref(context.basePath, `${context.basePath}${sitePath}`));
}

async function renderCenter(
  context: VisitorContext,
  citizen: CitizenAccount,
  status: number,
  problem: (FormProblem & { target: string }) | null,
  done: string | null,
): Promise<RenderedPage> {
  const [center, submissions] = await Promise.all([
    context.call(myCenterQuery, {}),
    context.call(mySubmissionsQuery, {}),
  ]);
  if (!center.data) throw new Error(center.errors[0]?.message ?? "personal center unavailable");
  return html(
    status,
    renderDocument(
      <CitizenCenterPage
        {...shell(context)}
        csrfToken={context.csrfToken}
        citizen={citizen}
        center={center.data}
        submissions={submissions.data?.mySolicitationSubmissions ?? null}
        done={done}
        problem={problem}
      />,
    ),
  );
}

const center: VisitorHandler = async (context) => {
  const citizen = await loadAccount(context);
  if (!citizen) return toLogin(context, "/my/");
  const { request, basePath } = context;
  if (request.method !== "POST") {
    return renderCenter(context, citizen, 200, null, request.url.searchParams.get("done"));
  }
  const form = request.form;
  const action = form.get("action");
  const letterId = form.get("letterId") ?? "";
  const done = (what: string, anchor = "") => redirect(`${basePath}/my/?done=${what}${anchor}`);
  const refuse = (target: string, errors: GraphQLErrorValue[] | string, status?: number) =>
    renderCenter(
      context,
      citizen,
      typeof errors === "string" ? (status ?? 400) : formStatusOf(errors[0]),
      typeof errors === "string" ? { target, message: errors, fields: {} } : { target, ...problemOf(errors) },
      null,
    );
  switch (action) {
    case "rate": {
      if (!UUID.test(letterId)) return refuse("page", "找不到该信件");
      const rating = RATINGS.find((value) => value === form.get("rating"));
      if (!rating) return refuse(letterId, "请选择满意、基本满意或不满意");
      const comment = (form.get("comment") ?? "").trim();
      const result = await context.call(rateLetterMutation, {
        id: letterId,
        rating,
        comment: comment || null,
      });
      return result.data ? done("rated", `#letter-${letterId}`) : refuse(letterId, result.errors);
    }
    case "info": {
      if (!UUID.test(letterId)) return refuse("page", "找不到该信件");
      const info = (form.get("info") ?? "").trim();
      if (!info) return refuse(letterId, "请填写补充材料");
      const result = await context.call(provideLetterInfoMutation, { id: letterId, info });
      return result.data ? done("info", `#letter-${letterId}`) : refuse(letterId, result.errors);
    }
    case "read": {
      const result = await context.call(markNotificationsReadMutation, { ids: null });
      return result.data ? done("read") : refuse("page", result.errors);
    }
    case "profile": {
      const result = await context.call(updateProfileMutation, {
        input: { displayName: (form.get("displayName") ?? "").trim() },
      });
      return result.data ? done("profile", "#my-profile") : refuse("profile", result.errors);
    }
    default:
      return refuse("page", "无法识别的操作");
  }
};

// ── /my/export.json ─────────────────────────────────────────────────────────────────────────────────────

const exportData: VisitorHandler = async (context) => {
  const citizen = await loadAccount(context);
  if (!citizen) return toLogin(context, "/my/");
  const [data, submissions] = await Promise.all([
    context.call(myDataExportQuery, {}),
    context.call(mySubmissionsQuery, {}),
  ]);
  if (!data.data) throw new Error(data.errors[0]?.message ?? "export unavailable");
  const exportedAt = new Date();
  const document = {
    format: "jiyue-citizen-export/1",
    exportedAt: exportedAt.toISOString(),
    account: data.data.me?.citizen ?? null,
    letters: data.data.myLetters,
    solicitationSubmissions: submissions.data?.mySolicitationSubmissions ?? null,
    notifications: data.data.myNotifications,
  };
  const day = exportedAt.toISOString().slice(0, 10).replaceAll("-", "");
  return {
    status: 200,
    html: JSON.stringify(document, null, 2),
    tags: [],
    contentType: "application/json; charset=utf-8",
    contentDisposition: `attachment; filename="jiyue-my-data-${day}.json"`,
  };
};

// ── /my/delete/ ─────────────────────────────────────────────────────────────────────────────────────────

const deleteAccount: VisitorHandler = async (context) => {
  const citizen = await loadAccount(context);
  if (!citizen) return toLogin(context, "/my/delete/");
  const { request, basePath } = context;
  const page = (status: number, problem: FormProblem | null) =>
    html(
      status,
      renderDocument(
        <CitizenDeletePage
          {...shell(context)}
          csrfToken={context.csrfToken}
          hasPassword={citizen.hasPassword}
          reloginHref={citizen.hasPassword ? null : oidcLoginHref(basePath, `${basePath}/my/delete/`)}
          problem={problem}
        />,
      ),
    );
  if (request.method !== "POST") return page(200, null);
  if (request.form.get("confirm") !== "yes") return page(400, { message: "请勾选确认注销", fields: {} });
  const password = request.form.get("password");
  const result = await context.call(deleteAccountMutation, {
    password: citizen.hasPassword ? password : null,
  });
  if (!result.data?.deleteMyCitizenAccount)
    return page(formStatusOf(result.errors[0]), problemOf(result.errors));
  signOut(context);
  return redirect(`${basePath}/login/?deleted=1`);
};

const PAGES: Record<string, VisitorHandler> = {
  "/login/": login,
  "/register/": register,
  "/forgot-password/": forgotPassword,
  "/logout/": logout,
  "/my/": center,
  "/my/export.json": exportData,
  "/my/delete/": deleteAccount,
};

export const citizenRoute: VisitorRoute = {
  name: "citizen",
  match: (sitePath) => PAGES[sitePath] ?? null,
};
