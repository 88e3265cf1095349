// Serves the built admin SPA (with index.html as fallback for client routes), proxies POST /graphql to
// the gateway as a stream, forwards GET /oidc/* to identity (so the browser only ever talks to the admin
// origin during OIDC login), /media to content and letter attachment downloads to interaction, and tells the
// SPA where the portal is (/config.json).
import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { hostOf, portOf, urlOf } from "@jiyue/server-kit/config";
import express, { type Request, type Response } from "express";

const FORWARDED_REQUEST_HEADERS = [
  "accept",
  "authorization",
  "content-type",
  "content-length",
  "apollo-require-preflight",
  "x-apollo-operation-name",
];
const FORWARDED_RESPONSE_HEADERS = ["content-type", "content-length", "cache-control", "retry-after"];
const OIDC_REQUEST_HEADERS = ["accept", "accept-language", "cookie", "user-agent"];
// The login cookie and the redirect to the provider / back to /login must reach the browser unchanged.
const OIDC_RESPONSE_HEADERS = [...FORWARDED_RESPONSE_HEADERS, "location", "set-cookie", "referrer-policy"];

export interface AdminServerOptions {
  distDir: string;
  gatewayUrl: string;
  /** Identity process base URL, target of GET /oidc/*. */
  identityUrl: string;
  /** Public portal base URL; unset → the admin's own host name on the portal port. */
  portalBaseUrl?: string;
  portalPort: number;
  /** Content subgraph base URL, target of /media (the media library); defaults to its configured URL. */
  contentUrl?: string;
  /** Interaction subgraph base URL, target of GET /letter-attachments/*; defaults to its configured URL. */
  interactionUrl?: string;
}

function forwardedFor(req: Request): string {
  const client = req.socket.remoteAddress ?? "";
  const prior = req.headers["x-forwarded-for"];
  return prior ? `${prior}, ${client}` : client;
}

function pickHeaders(source: http.IncomingHttpHeaders, names: readonly string[]): http.OutgoingHttpHeaders {
  const picked: http.OutgoingHttpHeaders = {};
  for (const name of names) {
    const value = source[name];
    if (value !== undefined) picked[name] = value;
  }
  return picked;
}

/** GET /oidc/login and /oidc/callback: identity's redirects and cookies are passed back as they are. */
function proxyOidc(identityUrl: string) {
  const base = new URL(identityUrl);
  const transport = base.protocol === "https:" ? https : http;
  return (req: Request, res: Response) => {
    const target = new URL(req.originalUrl, base);
    // "/oidc/../internal/…" must not reach anything else on identity.
    if (!target.pathname.startsWith("/oidc/")) return void res.status(404).end();
    const headers = pickHeaders(req.headers, OIDC_REQUEST_HEADERS);
    headers["x-forwarded-for"] = forwardedFor(req);
    if (req.headers.host) headers["x-forwarded-host"] = req.headers.host;
    headers["x-forwarded-proto"] = req.protocol;

    const upstream = transport.request(target, { method: "GET", headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, pickHeaders(answer.headers, OIDC_RESPONSE_HEADERS));
      answer.pipe(res);
    });
    upstream.on("error", () => {
      if (res.headersSent) return res.destroy();
      res.status(502).json({ error: "oidc_unavailable", message: "统一身份认证服务暂时不可用，请稍后再试" });
    });
    upstream.end();
  };
}

function proxyGraphql(gatewayUrl: string) {
  const target = new URL("/graphql", gatewayUrl);
  const transport = target.protocol === "https:" ? https : http;
  return (req: Request, res: Response) => {
    const headers = pickHeaders(req.headers, FORWARDED_REQUEST_HEADERS);
    headers["x-forwarded-for"] = forwardedFor(req);
    if (req.headers.host) headers["x-forwarded-host"] = req.headers.host;

    const upstream = transport.request(target, { method: "POST", headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, pickHeaders(answer.headers, FORWARDED_RESPONSE_HEADERS));
      answer.pipe(res);
    });
    upstream.on("error", () => {
      if (res.headersSent) return res.destroy();
      res.status(502).json({ errors: [{ message: "网关暂时不可用", extensions: { code: "BAD_GATEWAY" } }] });
    });
    req.pipe(upstream);
  };
}

const MEDIA_REQUEST_HEADERS = ["authorization", "content-type", "content-length", "if-none-match"];
const MEDIA_RESPONSE_HEADERS = [
  ...FORWARDED_RESPONSE_HEADERS,
  "content-disposition",
  "content-security-policy",
  "etag",
  "x-content-type-options",
];

/**
 * Files behind a Bearer token on a back end: GET and POST /media/* to content, GET /letter-attachments/* to
 * interaction. An <img> or a download link cannot send the Bearer header, so the SPA mirrors its access token
 * into SameSite=Strict cookies scoped to these paths, turned back into Authorization here.
 */
function proxyFiles(backendUrl: string, prefix: string, cookieName: string) {
  const base = new URL(backendUrl);
  const transport = base.protocol === "https:" ? https : http;
  const cookiePattern = new RegExp(`(?:^|;\\s*)${cookieName}=([^;]+)`);
  return (req: Request, res: Response) => {
    const target = new URL(req.originalUrl, base);
    // "/media/../graphql" and the like must not reach anything else on the back end.
    if (target.pathname !== prefix && !target.pathname.startsWith(`${prefix}/`))
      return void res.status(404).end();
    const headers = pickHeaders(req.headers, MEDIA_REQUEST_HEADERS);
    const cookie = cookiePattern.exec(req.headers.cookie ?? "")?.[1];
    if (!headers.authorization && cookie) headers.authorization = `Bearer ${decodeURIComponent(cookie)}`;
    headers["x-forwarded-for"] = forwardedFor(req);
    const upstream = transport.request(target, { method: req.method, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, pickHeaders(answer.headers, MEDIA_RESPONSE_HEADERS));
      answer.pipe(res);
    });
    upstream.on("error", () => {
      if (res.headersSent) return res.destroy();
      res.status(502).json({ error: { code: "BAD_GATEWAY", message: "资源服务暂时不可用" } });
    });
    req.pipe(upstream);
  };
}

export function createAdminApp(options: AdminServerOptions): express.Express {
  const app = express();
  app.disable("x-powered-by");
  app.post("/graphql", proxyGraphql(options.gatewayUrl));
  app.get("/oidc/{*path}", proxyOidc(options.identityUrl));
  const media = proxyFiles(options.contentUrl ?? urlOf("content"), "/media", "jiyue_media");
  app.post("/media", media);
  app.get("/media/{*path}", media);
  // Download only: citizens upload attachments on the portal, staff never do.
  app.get(
    "/letter-attachments/{*path}",
    proxyFiles(options.interactionUrl ?? urlOf("interaction"), "/letter-attachments", "jiyue_attachments"),
  );
  app.get("/config.json", (req, res) => {
    const host = req.hostname || "localhost";
    const portalBaseUrl = options.portalBaseUrl ?? `${req.protocol}://${host}:${options.portalPort}`;
    res.set("cache-control", "no-store").json({ portalBaseUrl });
  });
  app.use(
    "/assets",
    express.static(path.join(options.distDir, "assets"), {
      immutable: true,
      maxAge: "1y",
      fallthrough: false,
    }),
  );
  app.use(express.static(options.distDir, { index: false }));
  app.get("/{*path}", (_req, res) => {
    res.set("cache-control", "no-cache").sendFile(path.join(options.distDir, "index.html"));
  });
  return app;
}

export async function startAdminServer(
  options: AdminServerOptions,
  port: number,
  host: string = hostOf(),
): Promise<{ server: http.Server; url: string }> {
  const server = http.createServer(createAdminApp(options));
  // Loopback unless JIYUE_HOST says otherwise, like every other process.
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const { port: bound } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${bound}` };
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const distDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "dist");
  const { server, url } = await startAdminServer(
    {
      distDir,
      gatewayUrl: urlOf("gateway"),
      identityUrl: urlOf("identity"),
      portalBaseUrl: process.env.PORTAL_PUBLIC_URL,
      portalPort: portOf("portal"),
    },
    portOf("admin"),
  );
  console.log(`admin-web: ${url} → gateway ${urlOf("gateway")}`);
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
