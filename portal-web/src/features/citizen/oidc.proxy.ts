// GET /oidc/* on the portal goes to identity (like admin-web's server does), so during 统一身份认证 login
// the browser only ever talks to the portal's origin: identity's login cookie, its redirect to the provider
// and the provider's return to /oidc/callback all pass through unchanged.
import http from "node:http";
import https from "node:https";
import type { Request, Response } from "express";

const REQUEST_HEADERS = ["accept", "accept-language", "cookie", "user-agent"];
const RESPONSE_HEADERS = [
  "content-type",
  "content-length",
  "cache-control",
  "retry-after",
  "location",
  "set-cookie",
  "referrer-policy",
];

function pick(source: http.IncomingHttpHeaders, names: readonly string[]): http.OutgoingHttpHeaders {
  const picked: http.OutgoingHttpHeaders = {};
  for (const name of names) {
    const value = source[name];
    if (value !== undefined) picked[name] = value;
  }
  return picked;
}

export function proxyOidc(identityUrl: string) {
  const base = new URL(identityUrl);
  const transport = base.protocol === "https:" ? https : http;
  return (req: Request, res: Response): void => {
    const target = new URL(req.originalUrl, base);
    // "/oidc/../internal/…" must not reach anything else on identity.
    if (!target.pathname.startsWith("/oidc/") || target.origin !== base.origin) {
      res.status(404).end();
      return;
    }
    const headers = pick(req.headers, REQUEST_HEADERS);
    // identity sees the visitor's address as the portal does (after its own trusted proxies).
    headers["x-forwarded-for"] = req.ip ?? req.socket.remoteAddress ?? "";
    if (req.headers.host) headers["x-forwarded-host"] = req.headers.host;
    headers["x-forwarded-proto"] = req.protocol;
    const upstream = transport.request(target, { method: "GET", headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, pick(answer.headers, RESPONSE_HEADERS));
      answer.pipe(res);
    });
    upstream.on("error", () => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      res
        .status(502)
        .setHeader("cache-control", "no-store")
        .json({ error: "oidc_unavailable", message: "统一身份认证服务暂时不可用，请稍后再试" });
    });
    upstream.end();
  };
}
