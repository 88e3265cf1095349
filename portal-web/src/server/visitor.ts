// Visitor pages: forms and per-visitor content (writing a letter, the personal center, solicitation forms,
// "was this helpful"). They are never cached, take GET and POST, see the visitor's cookies and address, call
// the gateway as the signed-in citizen (or anonymously) and get GraphQL errors back as values.
//
// Forms are protected against cross-site posting twice: the session cookies are SameSite=Lax (a cross-site
// POST carries none), and every form carries a token derived from a per-browser random cookie (double submit,
// HMAC-bound so a token can't be made without the cookie). An Origin header, when sent, must be our own.
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import Busboy from "busboy";
import { parse as parseCookieHeader, type SerializeOptions, serialize as serializeCookie } from "cookie";
import type { TypedDocumentString } from "../gql/graphql";
import type { RenderedPage } from "./render-cache";
import type { SiteRenderContext } from "./routing";

export interface UploadedFile {
  field: string;
  filename: string;
  mimeType: string;
  data: Buffer;
  /**
   * Larger than FORM_LIMITS.fileBytes: `data` is cut off there. The rest of the form is read all the same, so
   * that the handler can show it again with the problem at the file's field (the typed text is not lost).
   */
  tooLarge?: boolean;
}

export interface VisitorRequest {
  method: "GET" | "POST";
  url: URL;
  /** The form fields (POST) — repeated names (checkboxes) keep every value; empty for GET. */
  form: URLSearchParams;
  files: UploadedFile[];
  cookies: Record<string, string>;
  /** The visitor's address as the portal sees it (after its own trusted proxies). */
  clientIp: string;
}

/** A GraphQL error as a value: what the form shows next to the field, by its `extensions.code`. */
export interface GraphQLErrorValue {
  message: string;
  code: string;
  /** Field-level details some errors carry (e.g. BAD_USER_INPUT with `extensions.fields`). */
  extensions: Record<string, unknown>;
}

/** HTTP status of a form answered with a GraphQL error, by its code (an unknown failure: 503). */
export function formStatusOf(error: GraphQLErrorValue | undefined): number {
  if (!error) return 200;
  return FORM_STATUS_OF_CODE[error.code] ?? 503;
}

const FORM_STATUS_OF_CODE: Record<string, number> = {
  BAD_USER_INPUT: 422,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
};

/**
 * Field messages of a BAD_USER_INPUT error (`extensions.fields`), by the input's last path segment
 * (`input.contactPhone` → contactPhone), the first message per field.
 */
export function fieldErrorsOf(error: GraphQLErrorValue | undefined): Record<string, string> {
  const fields = error?.extensions.fields;
  if (!Array.isArray(fields)) return {};
  const messages: Record<string, string> = {};
  for (const field of fields as { path?: unknown; message?: unknown }[]) {
    if (typeof field.path !== "string" || typeof field.message !== "string") continue;
    const name = field.path.split(".").at(-1) ?? field.path;
    messages[name] ??= field.message;
  }
  return messages;
}

/** The message above a form that was not taken: anything not tied to one field (what was typed is kept). */
export function formMessageOf(error: GraphQLErrorValue, fieldErrors: Record<string, string>): string {
  if (error.code === "BAD_USER_INPUT")
    return Object.keys(fieldErrors).length ? "请按提示修改后再提交。" : error.message;
  if (error.code in FORM_STATUS_OF_CODE) return error.message;
  return "暂时无法提交，请稍后重试。您填写的内容仍保留在表单中。";
}

export interface CallResult<TResult> {
  data: TResult | null;
  errors: GraphQLErrorValue[];
}

export interface CitizenSession {
  /** The access token the gateway accepts (already refreshed when it had expired). */
  token: string;
}

export interface CookieToSet {
  name: string;
  value: string;
  options: SerializeOptions;
}

export interface VisitorContext extends SiteRenderContext {
  request: VisitorRequest;
  /** The signed-in citizen, or null for an anonymous visitor. */
  citizen: CitizenSession | null;
  /** Calls the gateway as the visitor (citizen token if any, X-Forwarded-For = the visitor's address). */
  call<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables: TVariables,
  ): Promise<CallResult<TResult>>;
  /** Value of the hidden field `CSRF_FIELD` every POST form must carry. */
  csrfToken: string;
  /** A fresh random key per rendered form (idempotency: a retried submit of this form is one submission). */
  newFormKey(): string;
  /** Sets a cookie on the answer (HttpOnly, SameSite=Lax, Path=/ and Secure on https unless overridden). */
  setCookie(name: string, value: string, options?: SerializeOptions): void;
  clearCookie(name: string): void;
}

export type VisitorHandler = (context: VisitorContext) => Promise<RenderedPage>;

export interface VisitorRoute {
  name: string;
  /** The handler when `sitePath` is this route's, else null (same path rules as SiteRoute). */
  match(sitePath: string): VisitorHandler | null;
}

/** Name of the hidden form field holding the anti-forgery token. */
export const CSRF_FIELD = "_csrf";
const CSRF_COOKIE = "jy_csrf";

/** Session cookies: the short-lived access token and the rotating refresh token. */
export const ACCESS_COOKIE = "jy_at";
export const REFRESH_COOKIE = "jy_rt";
const REFRESH_COOKIE_SECONDS = 30 * 24 * 3600;

export const FORM_LIMITS = {
  /** urlencoded bodies and each multipart text field */
  fieldBytes: 200 * 1024,
  bodyBytes: 1024 * 1024,
  files: 5,
  fileBytes: 10 * 1024 * 1024,
  fields: 300,
  /**
   * The hard cap of a whole multipart request: past it nothing more is read and the answer is a 413. The
   * per-file limit above only marks a file `tooLarge`, so this leaves room for every file at twice the limit.
   */
  requestBytes: 2 * 6 * 10 * 1024 * 1024 + 1024 * 1024,
} as const;

export class FormTooLargeError extends Error {
  override name = "FormTooLargeError";
}

export class BadFormError extends Error {
  override name = "BadFormError";
}

/** Reads a POST body: urlencoded or multipart/form-data, bounded. */
export async function readForm(
  req: IncomingMessage,
): Promise<{ form: URLSearchParams; files: UploadedFile[] }> {
  const type = (req.headers["content-type"] ?? "").toLowerCase();
  if (type.startsWith("multipart/form-data")) return readMultipart(req);
  if (type.startsWith("application/x-www-form-urlencoded") || type === "") {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > FORM_LIMITS.bodyBytes) throw new FormTooLargeError("form body too large");
      chunks.push(chunk);
    }
    return { form: new URLSearchParams(Buffer.concat(chunks).toString("utf8")), files: [] };
  }
  throw new BadFormError(`unsupported content type ${type}`);
}

function readMultipart(req: IncomingMessage): Promise<{ form: URLSearchParams; files: UploadedFile[] }> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"]);
    if (Number.isFinite(declared) && declared > FORM_LIMITS.requestBytes) {
      reject(new FormTooLargeError("request too large"));
      return;
    }
    let parser: Busboy.Busboy;
    try {
      parser = Busboy({
        headers: req.headers,
        defParamCharset: "utf8",
        limits: {
          fieldSize: FORM_LIMITS.fieldBytes,
          fields: FORM_LIMITS.fields,
          // One more than any form takes: its handler says at the field that there are too many.
          files: FORM_LIMITS.files + 1,
          fileSize: FORM_LIMITS.fileBytes,
        },
      });
    } catch (error) {
      reject(new BadFormError((error as Error).message));
      return;
    }
    const form = new URLSearchParams();
    const files: UploadedFile[] = [];
    let failed: Error | null = null;
    const fail = (error: Error) => {
      if (!failed) failed = error;
    };
    parser.on("field", (name, value, info) => {
      if (info.valueTruncated) fail(new FormTooLargeError(`field ${name} too large`));
      form.append(name, value);
    });
    parser.on("file", (field, stream, info) => {
      let chunks: Buffer[] = [];
      let tooLarge = false;
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      // Busboy discards the rest of the file: the form is still read, and the handler refuses the file.
      stream.on("limit", () => {
        tooLarge = true;
        chunks = [];
      });
      stream.on("close", () => {
        const data = Buffer.concat(chunks);
        // An empty file input is sent as a nameless empty part: no file was chosen.
        if (info.filename && (data.length > 0 || tooLarge))
          files.push({
            field,
            filename: info.filename,
            mimeType: info.mimeType,
            data,
            ...(tooLarge ? { tooLarge } : {}),
          });
      });
    });
    parser.on("filesLimit", () => fail(new FormTooLargeError("too many files")));
    parser.on("fieldsLimit", () => fail(new FormTooLargeError("too many fields")));
    parser.on("error", (error: Error) => reject(new BadFormError(error.message)));
    parser.on("close", () => (failed ? reject(failed) : resolve({ form, files })));
    // The hard cap, whatever Content-Length said: stop reading and answer 413.
    let received = 0;
    const count = (chunk: Buffer) => {
      received += chunk.length;
      if (received <= FORM_LIMITS.requestBytes) return;
      req.off("data", count);
      req.unpipe(parser);
      reject(new FormTooLargeError("request too large"));
    };
    req.on("data", count);
    req.pipe(parser);
  });
}

export function parseCookies(header: string | undefined): Record<string, string> {
  if (!header) return {};
  const parsed = parseCookieHeader(header);
  const cookies: Record<string, string> = {};
  for (const [name, value] of Object.entries(parsed)) if (value !== undefined) cookies[name] = value;
  return cookies;
}

/** Anti-forgery tokens: HMAC of the per-browser random cookie under the portal's secret. */
export class FormGuard {
  constructor(private readonly secret: string) {}

  /** The browser's CSRF cookie value, created when missing (the caller sets it). */
  browserKey(cookies: Record<string, string>): { key: string; isNew: boolean } {
    const known = cookies[CSRF_COOKIE];
    if (known && /^[A-Za-z0-9_-]{32,64}$/.test(known)) return { key: known, isNew: false };
    return { key: randomBytes(24).toString("base64url"), isNew: true };
  }

  tokenFor(browserKey: string): string {
    return createHmac("sha256", this.secret).update(`portal-form:${browserKey}`).digest("base64url");
  }

  verify(cookies: Record<string, string>, submitted: string | null): boolean {
    const key = cookies[CSRF_COOKIE];
    if (!key || !submitted) return false;
    const expected = Buffer.from(this.tokenFor(key));
    const actual = Buffer.from(submitted);
    return expected.length === actual.length && timingSafeEqual(expected, actual);
  }

  static readonly cookieName = CSRF_COOKIE;
}

/** Whether an Origin header (when the browser sent one) names this very origin. */
export function sameOrigin(originHeader: string | undefined, ownOrigin: string): boolean {
  if (!originHeader) return true;
  return originHeader.toLowerCase() === ownOrigin.toLowerCase();
}

export function newFormKey(): string {
  return randomUUID();
}

/** Seconds until a JWT's `exp` (no signature check: the gateway verifies; this only decides to refresh). */
export function secondsLeft(token: string, now = Date.now()): number {
  const payload = token.split(".")[1];
  if (!payload) return 0;
  try {
    const { exp } = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { exp?: unknown };
    return typeof exp === "number" ? exp - now / 1000 : 0;
  } catch {
    return 0;
  }
}

export interface TokenPairValue {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

/** The cookies that sign a citizen in (after login, OIDC ticket exchange or refresh). */
export function sessionCookies(tokens: TokenPairValue): CookieToSet[] {
  return [
    { name: ACCESS_COOKIE, value: tokens.accessToken, options: { maxAge: tokens.expiresIn } },
    { name: REFRESH_COOKIE, value: tokens.refreshToken, options: { maxAge: REFRESH_COOKIE_SECONDS } },
  ];
}

export function cookieHeader(cookie: CookieToSet, secure: boolean): string {
  return serializeCookie(cookie.name, cookie.value, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure,
    ...cookie.options,
  });
}
