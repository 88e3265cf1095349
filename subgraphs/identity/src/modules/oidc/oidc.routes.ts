// The browser's side of OIDC login on the identity process: /oidc/login redirects to the provider,
// /oidc/callback comes back and redirects to the portal or admin with a one-time ticket.

import { logger } from "@jiyue/server-kit";
import type express from "express";
import { OIDC_DISABLED, type OidcLoginFlow } from "./oidc.service";

const COOKIE = "jiyue_oidc";
const COOKIE_PATH = "/oidc";

function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of header?.split(";") ?? []) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return null;
}

function queryOf(req: express.Request): URLSearchParams {
  return new URL(req.originalUrl, "http://callback.invalid").searchParams;
}

export function mountOidcRoutes(app: express.Express, flow: OidcLoginFlow): void {
  const disabled = (res: express.Response) =>
    res.status(404).json({ error: "oidc_disabled", message: OIDC_DISABLED });

  app.get("/oidc/login", async (req, res) => {
    const settings = flow.enabled();
    if (!settings) return void disabled(res);
    try {
      const query = Object.fromEntries(queryOf(req));
      const { location, requestId, maxAgeSeconds } = await flow.start(query);
      // Lax: the provider sends the browser back with a top-level GET, which must carry the cookie.
      res.cookie(COOKIE, requestId, {
        httpOnly: true,
        sameSite: "lax",
        secure: new URL(settings.redirectUri).protocol === "https:",
        path: COOKIE_PATH,
        maxAge: maxAgeSeconds * 1000,
      });
      res.set("cache-control", "no-store").redirect(302, location);
    } catch (error) {
      const code = (error as { extensions?: { code?: string } }).extensions?.code;
      if (code === "BAD_USER_INPUT") {
        res.status(400).json({ error: "bad_request", message: (error as Error).message });
        return;
      }
      logger.error({ err: error }, "oidc login start failed");
      res.status(502).json({ error: "oidc_unavailable", message: "统一身份认证服务暂时不可用，请稍后再试" });
    }
  });

  app.get("/oidc/callback", async (req, res) => {
    if (!flow.enabled()) return void disabled(res);
    res.clearCookie(COOKIE, { path: COOKIE_PATH });
    try {
      const outcome = await flow.callback(cookieValue(req.headers.cookie, COOKIE), queryOf(req), {
        ip: req.ip ?? null,
        userAgent: req.get("user-agent") ?? null,
      });
      if (outcome.kind === "invalid") {
        res.status(400).json({ error: "oidc_request_invalid", message: outcome.message });
        return;
      }
      res
        .set("cache-control", "no-store")
        .set("referrer-policy", "no-referrer")
        .redirect(302, outcome.location);
    } catch (error) {
      logger.error({ err: error }, "oidc callback failed");
      res.status(500).json({ error: "oidc_failed", message: "统一身份认证登录失败，请重新登录" });
    }
  });
}
