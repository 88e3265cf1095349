// The citizen portal: server-rendered pages per site, served through the render cache, invalidated by events.
import { createHmac, randomBytes } from "node:crypto";
import { mkdir } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { Readable } from "node:stream";
import type { ReadableStream } from "node:stream/web";
import {
  type Consumer,
  type EventSource,
  httpEventSource,
  logger,
  serviceSecret,
  serviceTokenSource,
  urlOf,
} from "@jiyue/server-kit";
import express, { type Request, type Response } from "express";
import { proxyOidc } from "../features/citizen/oidc.proxy";
import { refreshSessionMutation } from "../features/citizen/session.queries";
import { platformSettingsQuery } from "../features/platform/platform.queries";
import { renderPlatformIndex, renderPlatformSitemapIndex } from "../features/platform/platform.render";
import { platformRobots } from "../features/robots/robots.routes";
import { siteRoutes, siteVisitorRoutes } from "../features/routes";
import { renderPlatformSearch } from "../features/search/search.routes";
import { siteByCodeQuery, siteByDomainQuery } from "../features/site/site.queries";
import { themeStylesheetHref } from "../features/site/theme.routes";
import type { SiteShellFragment } from "../gql/graphql";
import { THEMES, type Theme, themeForSite, themeFromColor } from "../templates/themes";
import { buildAssets } from "./assets";
import { type Encoding, pickVariant } from "./compression";
import type { HotAnswer, HotPages, HotRequest, HotRequestHeaders } from "./fast-path";
import { createGatewayClient, type GatewayClient, type GatewayRefusal, GatewayRefusedError } from "./gateway";
import { PLATFORM_TAG, PORTAL_PRODUCERS, startInvalidationConsumer } from "./invalidation";
import {
  renderBadRequestPage,
  renderGonePage,
  renderMessagePage,
  renderNotFoundPage,
  renderUnavailablePage,
} from "./pages";
import { type CachedPage, RenderCache, type RenderedPage } from "./render-cache";
import {
  cacheKeyOf,
  couldBeSiteDomain,
  type PageTarget,
  parseTarget,
  routeQuery,
  type SiteRenderContext,
  type SiteRoute,
} from "./routing";
import {
  ACCESS_COOKIE,
  BadFormError,
  type CitizenSession,
  type CookieToSet,
  CSRF_FIELD,
  cookieHeader,
  FORM_LIMITS,
  FormGuard,
  FormTooLargeError,
  newFormKey,
  parseCookies,
  REFRESH_COOKIE,
  readForm,
  sameOrigin,
  secondsLeft,
  sessionCookies,
  type UploadedFile,
  type VisitorContext,
  type VisitorHandler,
  type VisitorRoute,
} from "./visitor";
import { WithdrawnArticles } from "./withdrawn-articles";

export interface PortalOptions {
  /** Gateway base URL (POST <url>/graphql, anonymous). */
  gatewayUrl: string;
  /** Directory for the last good copies and the event cursor; one per portal process. */
  cacheDir: string;
  /** PostgreSQL connection for LISTEN (events arrive at once); without it, events are polled. */
  listenConnectionString?: string;
  /** Producers' event sources; default: each producer's /internal/events with a service token. */
  eventSources?: Record<string, EventSource>;
  /** In production, error details stay in the log; otherwise they are also sent in x-jiyue-error. */
  production: boolean;
  /** Site routes in matching order; default: the registered features' routes. */
  routes?: SiteRoute[];
  /** Visitor routes (forms, personal pages; never cached), tried before `routes`. */
  visitorRoutes?: VisitorRoute[];
  /** Key material for the forms' anti-forgery tokens; default derived from the service secret. */
  formSecret?: string;
  /** express "trust proxy" for the visitor's address (X-Forwarded-For); default: the socket address. */
  trustProxy?: boolean | string | number;
  gatewayTimeoutMs?: number;
  gatewayRetryAfterMs?: number;
  memoryBytes?: number;
  cacheTtlMs?: number;
  eventPollIntervalMs?: number;
  /** Content subgraph base URL, target of the anonymous GET /media/* (published articles' images and files). */
  contentUrl?: string;
  /** Identity base URL, target of GET /oidc/* (统一身份认证 login through the portal's origin). */
  identityUrl?: string;
}

export interface Portal {
  /** The request listener to serve: cache hits straight from memory, everything else through `app`. */
  handler(req: IncomingMessage, res: ServerResponse): void;
  /** Pages held in memory (the hot path), for `installFastPath`. */
  hotPages: HotPages;
  app: express.Express;
  cache: RenderCache;
  gateway: GatewayClient;
  consumer?: Consumer;
  stop(): Promise<void>;
}

/**
 * Cache-Control per kind of answer. Browsers revalidate pages every time (a cheap 304 by ETag), so a publish
 * shows at once; a CDN may keep them briefly (s-maxage) and serve them while revalidating or on errors.
 */
const CACHE_CONTROL = {
  page: "public, max-age=0, s-maxage=30, stale-while-revalidate=300, stale-if-error=86400",
  notFound: "public, max-age=30",
  stale: "public, max-age=10",
  private: "private, no-store",
  unavailable: "no-store",
  asset: "public, max-age=31536000, immutable",
  // Fixed address, so not immutable: a changed icon reaches browsers within a week.
  favicon: "public, max-age=604800",
} as const;

const MEDIA_HEADERS = [
  "content-type",
  "content-length",
  "cache-control",
  "content-disposition",
  "content-security-policy",
  "etag",
];

export const SECURITY_HEADERS: Record<string, string> = {
  // The same policy on every answer (cached pages carry no per-request nonce): scripts and styles only from
  // our own files, never inline; images from our own media; forms only to ourselves.
  "content-security-policy":
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "SAMEORIGIN",
};

export async function createPortal(options: PortalOptions): Promise<Portal> {
  const log = logger.child({ service: "portal" });
  await mkdir(options.cacheDir, { recursive: true });
  const cache = new RenderCache({
    dir: options.cacheDir,
    maxBytes: options.memoryBytes,
    ttlMs: options.cacheTtlMs,
  });
  await cache.init();
  const withdrawn = new WithdrawnArticles(path.join(options.cacheDir, "withdrawn-articles.json"));
  await withdrawn.load();
  const gateway = createGatewayClient({
    url: options.gatewayUrl,
    timeoutMs: options.gatewayTimeoutMs,
    retryAfterMs: options.gatewayRetryAfterMs,
  });
  const assets = buildAssets();
  const routes = options.routes ?? siteRoutes;
  const visitorRoutes = options.visitorRoutes ?? siteVisitorRoutes;
  const formGuard = new FormGuard(formKeyMaterial(options.formSecret, log));
  const platformTheme = THEMES.default;
  const platformStylesheet = assets.stylesheetFor(platformTheme);
  const platformThemeFor = (greyMode: boolean): Theme =>
    greyMode ? { ...platformTheme, greyMode } : platformTheme;
  const fixedPages = (greyMode: boolean) => ({
    unavailable: renderUnavailablePage(platformThemeFor(greyMode), platformStylesheet),
    missing: renderNotFoundPage({
      basePath: "",
      theme: platformThemeFor(greyMode),
      stylesheet: platformStylesheet,
    }),
  });
  const colourPages = fixedPages(false);
  const greyPages = fixedPages(true);
  /**
   * The platform's own pages follow grey mode like the sites'. Those answered without asking the gateway (a
   * malformed address, the maintenance page, a form that could not be read) use the grey mode it last reported.
   */
  let lastGreyMode = false;
  const fixedPage = (greyMode = lastGreyMode) => (greyMode ? greyPages : colourPages);

  const messageHtml = (title: string, message: string, back?: { href: string; label: string }) =>
    renderMessagePage(platformThemeFor(lastGreyMode), platformStylesheet, title, message, back);

  const platformNotFound = (greyMode: boolean): RenderedPage => ({
    status: 404,
    html: fixedPage(greyMode).missing,
    tags: ["sites", PLATFORM_TAG],
    persist: false,
  });

  /** The online site at the target (null when there is none) and the city-wide grey mode. */
  async function loadSite(
    target: Extract<PageTarget, { kind: "page" }>,
  ): Promise<{ site: SiteShellFragment | null; greyMode: boolean }> {
    let loaded: { site: SiteShellFragment | null; greyMode: boolean };
    if (target.by === "host" && !couldBeSiteDomain(target.host)) {
      const data = await gateway.request(platformSettingsQuery, {});
      loaded = { site: null, greyMode: data.platformSettings.greyMode };
    } else {
      const data =
        target.by === "code"
          ? await gateway.request(siteByCodeQuery, { code: target.code })
          : await gateway.request(siteByDomainQuery, { domain: target.host });
      const site = "siteByCode" in data ? data.siteByCode : data.siteByDomain;
      // The gateway hides sites that are not online from anonymous callers; check anyway.
      loaded = {
        site: site && site.status === "ONLINE" ? site : null,
        greyMode: data.platformSettings.greyMode,
      };
      // A site's own domain serves that site only: /s/<other>/ there would pass one unit's pages off under
      // another's name (and their links). A 404, not a redirect: the platform's own host is not known here for
      // certain, and /s/<code>/ on the platform host stays the one fallback address.
      if (target.by === "code" && target.host && loaded.site && !loaded.site.domains.includes(target.host)) {
        const owner = await gateway.request(siteByDomainQuery, { domain: target.host });
        if (owner.siteByDomain) loaded = { ...loaded, site: null };
      }
    }
    lastGreyMode = loaded.greyMode;
    return loaded;
  }

  /**
   * A page whose render the gateway refused (GatewayRefusedError: bad input such as a page number beyond its
   * bounds or a NUL in a query, or nothing at that id) answers 400 or 404: the visitor's request is at fault,
   * so it is neither an outage (503) nor a reason to serve the last good copy.
   */
  async function unlessRefused(
    render: () => Promise<RenderedPage>,
    refused: (code: GatewayRefusal) => RenderedPage,
  ): Promise<RenderedPage> {
    try {
      return await render();
    } catch (error) {
      if (!(error instanceof GatewayRefusedError)) throw error;
      log.info({ err: error }, "portal: the gateway refused a request");
      return refused(error.code);
    }
  }

  /** The site's colours (站点外观, else the platform's choice by code) and the city-wide grey mode. */
  function siteTheme(site: SiteShellFragment, basePath: string, greyMode: boolean): Theme {
    const color = site.theme.primaryColor;
    const theme = color ? themeFromColor(color) : themeForSite(site.code);
    return {
      ...theme,
      siteStylesheet: color ? themeStylesheetHref(basePath, theme) : undefined,
      greyMode,
    };
  }

  /** The site a page belongs to and everything its renderer needs, or null when no online site is there. */
  async function siteContextFor(
    target: Extract<PageTarget, { kind: "page" }>,
    query: URLSearchParams,
    origin: string,
  ): Promise<{ context: SiteRenderContext; siteTags: string[] } | { context: null; greyMode: boolean }> {
    const loaded = await loadSite(target);
    const { site } = loaded;
    if (!site) return { context: null, greyMode: loaded.greyMode };
    const theme = siteTheme(site, target.basePath, loaded.greyMode);
    // A custom colour comes in the site's own theme.css, over the default stylesheet.
    const stylesheet = assets.stylesheetFor(theme.siteStylesheet ? platformTheme : theme);
    // Every page shows the site's layout (its name, unit, navigation, appearance) and the grey mode.
    const siteTags = [
      PLATFORM_TAG,
      `site:${site.id}`,
      `unit:${site.unit.id}`,
      ...(site.parent ? [`site:${site.parent.id}`] : []),
    ];
    const context: SiteRenderContext = {
      site,
      basePath: target.basePath,
      query,
      gateway,
      origin,
      theme,
      stylesheet,
      notFound: () => ({
        status: 404,
        html: renderNotFoundPage({ site, basePath: target.basePath, theme, stylesheet }),
        tags: [],
        persist: false,
      }),
      withdrawnArticle: (articleId) => {
        const found = withdrawn.get(articleId);
        return found && found.siteId === site.id ? { withdrawnAt: found.withdrawnAt } : null;
      },
      gone: () => ({
        status: 410,
        html: renderGonePage({ site, basePath: target.basePath, theme, stylesheet }),
        tags: [],
        persist: false,
      }),
    };
    return { context, siteTags };
  }

  async function renderTarget(
    target: Extract<PageTarget, { kind: "page" }>,
    route: SiteRoute | undefined,
    query: URLSearchParams,
    origin: string,
  ): Promise<RenderedPage> {
    // The platform's robots.txt is plain text: no site and no grey mode to ask the gateway for.
    if (target.by === "host" && !couldBeSiteDomain(target.host) && route?.name === "robots") {
      return platformRobots();
    }
    const loaded = await siteContextFor(target, query, origin);
    if (!loaded.context) {
      // The platform's own pages: they too follow grey mode, so they carry the platform tag.
      const { greyMode } = loaded;
      const theme = platformThemeFor(greyMode);
      const platformPage = async (): Promise<RenderedPage> => {
        if (target.by === "host" && target.sitePath === "/") {
          return renderPlatformIndex({ gateway, theme, stylesheet: platformStylesheet });
        }
        if (target.by === "host" && route?.name === "robots") return platformRobots();
        if (target.by === "host" && route?.name === "sitemap") return renderPlatformSitemapIndex({ gateway });
        if (target.by === "host" && route?.name === "search") {
          const page = await renderPlatformSearch({ gateway, query, theme, stylesheet: platformStylesheet });
          if (page) return page;
        }
        return platformNotFound(greyMode);
      };
      const page = await unlessRefused(platformPage, (code) =>
        code === "NOT_FOUND"
          ? platformNotFound(greyMode)
          : {
              status: 400,
              html: renderBadRequestPage({ basePath: "", theme, stylesheet: platformStylesheet }),
              tags: ["sites"],
              persist: false,
            },
      );
      return { ...page, tags: [...new Set([...page.tags, PLATFORM_TAG])] };
    }
    const { context, siteTags } = loaded;
    const renderer = route?.match(target.sitePath);
    const page = renderer
      ? await unlessRefused(() => renderer(context), refusedPage(context))
      : context.notFound();
    // On a host that may become another site's domain, that would make this page a 404 (see `loadSite`).
    const hostTags = target.by === "code" && target.host ? ["sites"] : [];
    return { ...page, tags: [...siteTags, ...hostTags, ...page.tags] };
  }

  /** A site's answer to a request the gateway refused: its 404, or its 400 page. */
  function refusedPage(context: SiteRenderContext): (code: GatewayRefusal) => RenderedPage {
    return (code) =>
      code === "NOT_FOUND"
        ? context.notFound()
        : {
            status: 400,
            html: renderBadRequestPage({
              site: context.site,
              basePath: context.basePath,
              theme: context.theme,
              stylesheet: context.stylesheet,
            }),
            tags: [],
            persist: false,
          };
  }

  /** A visitor page: rendered for this request only, never stored; POST forms checked against forgery. */
  async function serveVisitorPage(
    req: Request,
    res: Response,
    target: Extract<PageTarget, { kind: "page" }>,
    handler: VisitorHandler,
    url: URL,
  ): Promise<void> {
    const origin = originOf(req);
    const secure = origin.startsWith("https:");
    const cookies = parseCookies(req.headers.cookie);
    const cookiesToSet: CookieToSet[] = [];
    const browser = formGuard.browserKey(cookies);
    if (browser.isNew) {
      cookies[FormGuard.cookieName] = browser.key;
      cookiesToSet.push({ name: FormGuard.cookieName, value: browser.key, options: {} });
    }
    const sendPage = (page: RenderedPage) => {
      for (const cookie of cookiesToSet) res.append("set-cookie", cookieHeader(cookie, secure));
      if (page.location) res.setHeader("location", page.location);
      if (page.contentDisposition) res.setHeader("content-disposition", page.contentDisposition);
      res.status(page.status).setHeader("cache-control", CACHE_CONTROL.private);
      res
        .type(page.contentType ?? "text/html; charset=utf-8")
        .send(req.method === "HEAD" ? undefined : page.html);
    };
    try {
      let form = new URLSearchParams();
      let files: UploadedFile[] = [];
      if (req.method === "POST") {
        try {
          ({ form, files } = await readForm(req));
        } catch (error) {
          if (error instanceof FormTooLargeError) {
            // Past the hard cap (a single oversize file is answered at its field by the form itself): the
            // request is not read further, so the connection closes after this answer.
            res.setHeader("connection", "close");
            sendHtml(
              res,
              413,
              messageHtml(
                "内容过大",
                `提交的内容过大（附件每个不超过 ${FORM_LIMITS.fileBytes / 1024 / 1024} MB，最多 ${FORM_LIMITS.files} 个），请返回表单删减附件或文字后重新提交。`,
                { href: url.pathname, label: "返回表单" },
              ),
              CACHE_CONTROL.private,
            );
            return;
          }
          if (error instanceof BadFormError) {
            sendHtml(
              res,
              400,
              messageHtml("无法提交", "无法读取提交的表单，请返回后重试。"),
              CACHE_CONTROL.private,
            );
            return;
          }
          throw error;
        }
        const originHeader = req.headers.origin;
        if (!sameOrigin(originHeader, origin) || !formGuard.verify(cookies, form.get(CSRF_FIELD))) {
          // A new browser key was just issued: the visitor's next form will carry a valid token.
          sendPage({
            status: 403,
            html: messageHtml("表单已过期", "表单已过期或来源无效，请返回上一页刷新后重新提交。"),
            tags: [],
          });
          return;
        }
      }
      const loaded = await siteContextFor(target, new URLSearchParams(url.search), origin);
      if (!loaded.context) {
        sendPage(platformNotFound(loaded.greyMode));
        return;
      }
      const clientIp = req.ip ?? req.socket.remoteAddress ?? "";
      const citizen = await citizenSession(cookies, clientIp, cookiesToSet);
      const context: VisitorContext = {
        ...loaded.context,
        request: {
          method: req.method === "POST" ? "POST" : "GET",
          url,
          form,
          files,
          cookies,
          clientIp,
        },
        citizen,
        call: (document, variables) => gateway.call(document, variables, { token: citizen?.token, clientIp }),
        csrfToken: formGuard.tokenFor(browser.key),
        newFormKey,
        setCookie: (name, value, cookieOptions) =>
          cookiesToSet.push({ name, value, options: cookieOptions ?? {} }),
        clearCookie: (name) => cookiesToSet.push({ name, value: "", options: { maxAge: 0 } }),
      };
      sendPage(await unlessRefused(() => handler(context), refusedPage(context)));
    } catch (error) {
      log.warn({ err: error, url: req.originalUrl }, "portal: visitor page failed");
      if (!options.production) res.setHeader("x-jiyue-error", headerSafe(error));
      sendHtml(res, 503, fixedPage().unavailable, CACHE_CONTROL.unavailable);
    }
  }

  /**
   * The signed-in citizen from the session cookies: the access token while it lasts, else a refresh (the
   * rotated pair goes back as cookies); a refused refresh signs the visitor out.
   */
  async function citizenSession(
    cookies: Record<string, string>,
    clientIp: string,
    cookiesToSet: CookieToSet[],
  ): Promise<CitizenSession | null> {
    const access = cookies[ACCESS_COOKIE];
    if (access && secondsLeft(access) > 15) return { token: access };
    const refresh = cookies[REFRESH_COOKIE];
    if (!refresh) return null;
    const result = await gateway.call(refreshSessionMutation, { refreshToken: refresh }, { clientIp });
    const pair = result.data?.refreshToken;
    if (!pair) {
      for (const name of [ACCESS_COOKIE, REFRESH_COOKIE])
        cookiesToSet.push({ name, value: "", options: { maxAge: 0 } });
      return null;
    }
    cookiesToSet.push(...sessionCookies(pair));
    return { token: pair.accessToken };
  }

  const app = express();
  app.disable("x-powered-by");
  app.disable("etag");
  app.set("trust proxy", options.trustProxy ?? false);
  app.use((_req, res, next) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    next();
  });

  app.get("/health", (_req, res) => {
    res.setHeader("cache-control", CACHE_CONTROL.unavailable);
    res.json({ status: "ok" });
  });

  app.get(["/favicon.ico", "/favicon.svg"], (req, res) => {
    const icon = assets.favicon;
    res.setHeader("cache-control", CACHE_CONTROL.favicon);
    res.setHeader("etag", icon.etag);
    if (req.headers["if-none-match"] === icon.etag) {
      res.status(304).end();
      return;
    }
    res.type(icon.contentType).send(icon.body);
  });

  // Media of published articles, anonymously: content decides what is public and how long it may be cached.
  app.get("/oidc/{*path}", proxyOidc(options.identityUrl ?? urlOf("identity")));

  const mediaBase = options.contentUrl ?? urlOf("content");
  app.get("/media/{*path}", async (req, res) => {
    const headers: Record<string, string> = {};
    const etag = req.headers["if-none-match"];
    if (etag) headers["if-none-match"] = etag;
    try {
      const answer = await fetch(new URL(req.path, mediaBase), { headers });
      res.status(answer.status === 401 ? 404 : answer.status);
      if (!answer.body || answer.status !== 200) {
        // No body follows: content's length (of its error body) must not be passed on, or the visitor waits.
        const cacheControl = answer.headers.get("cache-control");
        if (cacheControl) res.setHeader("cache-control", cacheControl);
        const etag = answer.headers.get("etag");
        if (etag) res.setHeader("etag", etag);
        res.end();
        return;
      }
      for (const name of MEDIA_HEADERS) {
        const value = answer.headers.get(name);
        if (value) res.setHeader(name, value);
      }
      Readable.fromWeb(answer.body as ReadableStream<Uint8Array>).pipe(res);
    } catch (error) {
      log.warn({ err: error }, "media unavailable");
      res.status(502).setHeader("cache-control", CACHE_CONTROL.unavailable).end();
    }
  });

  app.get("/assets/{*file}", (req, res) => {
    const asset = assets.byPath(req.path);
    if (!asset) {
      res.status(404).type("text/plain; charset=utf-8").send("Not Found");
      return;
    }
    res.setHeader("cache-control", CACHE_CONTROL.asset);
    res.setHeader("etag", asset.etag);
    if (req.headers["if-none-match"] === asset.etag) {
      res.status(304).end();
      return;
    }
    res.type(asset.contentType).send(asset.body);
  });

  app.use(async (req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD" && req.method !== "POST") {
      next();
      return;
    }
    const url = new URL(req.originalUrl, "http://portal.invalid");
    const target = parseTarget(req.hostname ?? "", url.pathname, url.search);
    if (target.kind !== "page") {
      next();
      return;
    }
    for (const route of visitorRoutes) {
      const handler = route.match(target.sitePath);
      if (handler) {
        await serveVisitorPage(req, res, target, handler, url);
        return;
      }
    }
    next();
  });

  app.use(async (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res
        .status(405)
        .setHeader("allow", "GET, HEAD")
        .type("text/plain; charset=utf-8")
        .send("Method Not Allowed");
      return;
    }
    const url = new URL(req.originalUrl, "http://portal.invalid");
    const target = parseTarget(req.hostname ?? "", url.pathname, url.search);
    if (target.kind === "redirect") {
      res.setHeader("cache-control", CACHE_CONTROL.notFound);
      res.redirect(301, target.location);
      return;
    }
    if (target.kind === "missing") {
      sendHtml(res, 404, fixedPage().missing, CACHE_CONTROL.notFound);
      return;
    }
    const route = routes.find((candidate) => candidate.match(target.sitePath) !== null);
    // A file name no route serves is never a page: no need to ask the gateway for the site.
    if (!route && !target.sitePath.endsWith("/")) {
      sendHtml(res, 404, fixedPage().missing, CACHE_CONTROL.notFound);
      return;
    }
    const query = routeQuery(route, url.searchParams);
    const origin = originOf(req);
    const render = () => renderTarget(target, route, query, origin);

    if (route && !route.cacheable) {
      try {
        const page = await render();
        if (page.location) res.setHeader("location", page.location);
        res.status(page.status).setHeader("cache-control", CACHE_CONTROL.private);
        res.type(page.contentType ?? "text/html; charset=utf-8").send(page.html);
      } catch (error) {
        log.warn({ err: error, url: req.originalUrl }, "portal: render failed");
        sendHtml(res, 503, fixedPage().unavailable, CACHE_CONTROL.unavailable);
      }
      return;
    }

    const result = await cache.get(
      cacheKeyOf(target, query, route?.absoluteUrls ? origin : undefined),
      render,
    );
    switch (result.kind) {
      case "fresh":
        sendCached(req, res, result.page, {
          cacheControl: result.page.status === 200 ? CACHE_CONTROL.page : CACHE_CONTROL.notFound,
          source: result.from === "render" ? "miss" : "hit",
        });
        return;
      case "stale":
        log.warn({ err: result.error, url: req.originalUrl }, "portal: serving the last good copy");
        if (!options.production) res.setHeader("x-jiyue-error", headerSafe(result.error));
        res.setHeader("x-jiyue-stale", "1");
        sendCached(req, res, result.page, { cacheControl: CACHE_CONTROL.stale, source: "stale" });
        return;
      case "unavailable":
        log.warn({ err: result.error, url: req.originalUrl }, "portal: page unavailable, no earlier copy");
        if (!options.production) res.setHeader("x-jiyue-error", headerSafe(result.error));
        res.setHeader("retry-after", "30");
        sendHtml(res, 503, fixedPage().unavailable, CACHE_CONTROL.unavailable);
        return;
    }
  });

  /**
   * The hot path: a page held in memory and not due for a refresh is written with headers prepared once per
   * page and encoding, without express. It answers exactly as the express path below would.
   */
  function cacheKeyOfRequest(host: string | undefined, rawUrl: string): string | null {
    const url = new URL(rawUrl, "http://portal.invalid");
    const target = parseTarget(hostOf(host), url.pathname, url.search);
    if (target.kind !== "page") return null;
    // Visitor routes come first in the express path, and are never cached.
    if (visitorRoutes.some((candidate) => candidate.match(target.sitePath))) return null;
    const route = routes.find((candidate) => candidate.match(target.sitePath) !== null);
    if (!route?.cacheable || route.absoluteUrls) return null;
    return cacheKeyOf(target, routeQuery(route, url.searchParams));
  }
  // Host and URL → cache key (null: not a cacheable page) is a pure function; parsing it once per address
  // takes URL parsing and route matching off the hot path. Bounded: cleared when full.
  const keysByAddress = new Map<string, string | null>();
  const MAX_ADDRESSES = 20_000;

  function hotKeyOf(request: HotRequest): string | null {
    if (request.method !== "GET" && request.method !== "HEAD") return null;
    const address = `${request.headers.host ?? ""} ${request.url}`;
    let key = keysByAddress.get(address);
    if (key === undefined) {
      key = cacheKeyOfRequest(request.headers.host, request.url);
      if (keysByAddress.size >= MAX_ADDRESSES) keysByAddress.clear();
      keysByAddress.set(address, key);
    }
    return key;
  }

  /** A memory hit's answer, or null when the request is not one (see `fast-path.ts` for the raw-socket use). */
  function answerFromMemory(request: HotRequest): HotAnswer | null {
    const key = hotKeyOf(request);
    if (key === null) return null;
    const page = cache.peekFresh(key);
    if (!page) return null;
    const { encoding, body } = pickVariant(page.body, page.variants, request.headers["accept-encoding"]);
    if (page.status === 200 && notModified(request.headers, page)) {
      return { status: 304, headers: wireHeaders(page, encoding).notModified };
    }
    return {
      status: page.status,
      headers: wireHeaders(page, encoding).full,
      body: request.method === "HEAD" ? undefined : body,
    };
  }

  function serveFromMemory(req: IncomingMessage, res: ServerResponse): boolean {
    const answer = answerFromMemory({ method: req.method ?? "", url: req.url ?? "/", headers: req.headers });
    if (!answer) return false;
    res.writeHead(answer.status, answer.headers as string[]);
    res.end(answer.body);
    return true;
  }

  let consumer: Consumer | undefined;
  const sources = options.eventSources ?? defaultEventSources();
  if (Object.keys(sources).length > 0) {
    consumer = await startInvalidationConsumer({
      cursorFile: path.join(options.cacheDir, "event-cursor.json"),
      sources,
      listenConnectionString: options.listenConnectionString,
      invalidate: (tags, purge) => cache.invalidate(tags, purge),
      observe: (event) => withdrawn.observe(event),
      pollIntervalMs: options.eventPollIntervalMs,
    });
  }

  return {
    handler(req, res) {
      if (!serveFromMemory(req, res)) app(req, res);
    },
    hotPages: {
      answer: answerFromMemory,
      pending(request) {
        const key = hotKeyOf(request);
        // A copy due for a refresh is served at once by the regular path (refreshed in the background): no wait.
        return key === null || cache.has(key) ? undefined : cache.pending(key);
      },
    },
    app,
    cache,
    gateway,
    consumer,
    async stop() {
      await consumer?.stop();
      await cache.flush();
    },
  };
}

/**
 * Every portal process must derive the same form key (a form rendered by one is posted to another): from the
 * service secret they share. Without one (a portal started alone), a random key is good for this process only.
 */
function formKeyMaterial(formSecret: string | undefined, log: typeof logger): string {
  if (formSecret) return formSecret;
  if (process.env.JIYUE_SERVICE_SECRET)
    return createHmac("sha256", serviceSecret()).update("portal-forms").digest("hex");
  log.warn("portal: JIYUE_SERVICE_SECRET unset, form tokens are valid for this process only");
  return randomBytes(32).toString("hex");
}

function defaultEventSources(): Record<string, EventSource> {
  const token = serviceTokenSource("portal", serviceSecret());
  const sources: Record<string, EventSource> = {};
  for (const producer of PORTAL_PRODUCERS) {
    sources[producer] = httpEventSource(urlOf(producer as Parameters<typeof urlOf>[0]), token);
  }
  return sources;
}

const HOST_HEADER = /^(?:[a-z0-9.-]{1,253}|\[[0-9a-f:.]{2,45}\])(?::\d{1,5})?$/;

/** Scheme and host of the request (for absolute URLs); a malformed Host header gets a neutral one. */
function originOf(req: Request): string {
  const host = (req.get("host") ?? "").toLowerCase();
  return `${req.protocol === "https" ? "https" : "http"}://${HOST_HEADER.test(host) ? host : "localhost"}`;
}

/** Why a page could not be rendered, for developers (never in production). */
function headerSafe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/[^\x20-\x7e]/g, "?").slice(0, 200);
}

function sendHtml(res: Response, status: number, html: string, cacheControl: string): void {
  res.status(status).setHeader("cache-control", cacheControl);
  res.type("text/html; charset=utf-8").send(html);
}

function sendCached(
  req: Request,
  res: Response,
  page: CachedPage,
  options: { cacheControl: string; source: "hit" | "miss" | "stale" },
): void {
  const { encoding, body } = pickVariant(page.body, page.variants, req.headers["accept-encoding"]);
  res.setHeader("cache-control", options.cacheControl);
  res.setHeader("etag", etagOfVariant(page.etag, encoding));
  res.setHeader("last-modified", page.lastModifiedHttp);
  res.setHeader("x-jiyue-cache", options.source);
  res.setHeader("content-type", page.contentType ?? "text/html; charset=utf-8");
  res.setHeader("vary", "Accept-Encoding");
  if (page.location) res.setHeader("location", page.location);
  if (page.status === 200 && notModified(req.headers, page)) {
    res.status(304).end();
    return;
  }
  if (encoding !== "identity") res.setHeader("content-encoding", encoding);
  res.setHeader("content-length", body.length);
  res.statusCode = page.status;
  // res.end, not res.send: the body is ready, nothing to convert or hash per request.
  res.end(req.method === "HEAD" ? undefined : body);
}

/** Host name of the Host header, as express's req.hostname without a trusted proxy. */
function hostOf(header: string | undefined): string {
  if (!header) return "";
  const offset = header.startsWith("[") ? header.indexOf("]") + 1 : 0;
  const colon = header.indexOf(":", offset);
  return colon === -1 ? header : header.slice(0, colon);
}

interface WireHeaders {
  full: string[];
  notModified: string[];
}

const wireCache = new WeakMap<CachedPage, Partial<Record<Encoding, WireHeaders>>>();

/** The headers of a memory hit for one page and encoding, as a flat list built once (writeHead's fastest form). */
function wireHeaders(page: CachedPage, encoding: Encoding): WireHeaders {
  let byEncoding = wireCache.get(page);
  if (!byEncoding) {
    byEncoding = {};
    wireCache.set(page, byEncoding);
  }
  const known = byEncoding[encoding];
  if (known) return known;
  const body = encoding === "identity" ? page.body : (page.variants[encoding] ?? page.body);
  const common = [
    ...Object.entries(SECURITY_HEADERS).flat(),
    "cache-control",
    page.status === 200 ? CACHE_CONTROL.page : CACHE_CONTROL.notFound,
    "etag",
    etagOfVariant(page.etag, encoding),
    "last-modified",
    page.lastModifiedHttp,
    "x-jiyue-cache",
    "hit",
    "content-type",
    page.contentType ?? "text/html; charset=utf-8",
    "vary",
    "Accept-Encoding",
    ...(page.location ? ["location", page.location] : []),
  ];
  const headers: WireHeaders = {
    notModified: common,
    full: [
      ...common,
      ...(encoding === "identity" ? [] : ["content-encoding", encoding]),
      "content-length",
      String(body.length),
    ],
  };
  byEncoding[encoding] = headers;
  return headers;
}

/** A strong ETag names one representation: the compressed variants get their own (RFC 9110 8.8.3). */
function etagOfVariant(etag: string, encoding: Encoding): string {
  return encoding === "identity" ? etag : `${etag.slice(0, -1)}-${encoding}"`;
}

function notModified(headers: HotRequestHeaders, page: CachedPage): boolean {
  const ifNoneMatch = headers["if-none-match"];
  if (ifNoneMatch) {
    // Any variant's tag revalidates: they all encode the same page.
    const tags = ifNoneMatch.split(",").map((tag) =>
      tag
        .trim()
        .replace(/^W\//, "")
        .replace(/-(?:br|gzip)"$/, '"'),
    );
    return tags.includes("*") || tags.includes(page.etag);
  }
  const ifModifiedSince = headers["if-modified-since"];
  if (ifModifiedSince) {
    const since = Date.parse(ifModifiedSince);
    return Number.isFinite(since) && page.lastModified <= since;
  }
  return false;
}
