// 智库 on every site: the list with search and categories (/zhiku/?q=&category=&page=), one entry
// (/zhiku/<id>.html), suggestions for the letter form while typing (/zhiku/suggest.json?q=, JSON
// [{ id, title, url }]) — all cached, invalidated by knowledge.* events — and the uncached "was this helpful"
// feedback page (/zhiku/feedback/), a visitor route. A site shows the entries of its own unit and those written
// on it (as knowledgeEntries(siteId) selects them); another site's entry is a 404 there, not a copy under another
// unit's name.
import { randomBytes } from "node:crypto";
import { renderDocument } from "../../server/html";
import { pageWithinReach, type SiteRoute } from "../../server/routing";
import { CSRF_FIELD, type VisitorRoute } from "../../server/visitor";
import { KnowledgeEntryPage, knowledgeFeedbackHref } from "../../templates/pages/KnowledgeEntryPage";
import { KnowledgeFeedbackPage } from "../../templates/pages/KnowledgeFeedbackPage";
import { KnowledgeListPage, knowledgeEntryHref } from "../../templates/pages/KnowledgeListPage";
import {
  knowledgeEntryQuery,
  knowledgeFeedbackQuery,
  knowledgeListQuery,
  knowledgeSuggestQuery,
  knowledgeVoteMutation,
} from "./knowledge.queries";
import { KNOWLEDGE_LIST_TAG, knowledgeEntryTag } from "./knowledge.tags";

export const KNOWLEDGE_PAGE_SIZE = 15;
const MAX_QUERY = 100;
const MAX_SUGGEST_TEXT = 300;
/** Suggestions shown; more are asked for, as the city-wide ones are filtered down to the site's. */
const SUGGESTIONS = 5;
const PAGE_NUMBER = /^[1-9]\d{0,3}$/;
const ENTRY_PATH = /^\/zhiku\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.html$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** A random id per browser, so that "was this helpful" counts one vote per visitor and entry. */
export const VISITOR_COOKIE = "jy_vid";
const VISITOR_ID = /^[A-Za-z0-9_-]{16,64}$/;

/** Whether `site` shows the entry: one of its unit's, or one that came in through the site itself. */
function shownOn(
  entry: { unitId: string; siteId?: string | null },
  site: { id: string; unit: { id: string } },
): boolean {
  return entry.unitId === site.unit.id || entry.siteId === site.id;
}

const clean = (value: string | null) => (value ?? "").replace(/\s+/g, " ").trim();
/** Control characters (a NUL, say) are no search term: the gateway would refuse them as bad input. */
const UNREADABLE = /\p{Cc}/u;

export const knowledgeListRoute: SiteRoute = {
  name: "knowledge-list",
  // Cached by (q, category, page) in the byte-bounded memory cache; only the pages without a query go to disk.
  cacheable: true,
  queryParams: ["q", "category", "page"],
  match: (sitePath) =>
    sitePath === "/zhiku/"
      ? async ({ site, basePath, theme, stylesheet, gateway, query, notFound }) => {
          const search = clean(query.get("q"));
          const category = clean(query.get("category")) || null;
          const rawPage = query.get("page");
          if (rawPage !== null && !PAGE_NUMBER.test(rawPage)) return notFound();
          const page = rawPage === null ? 1 : Number(rawPage);
          if (!pageWithinReach(page, KNOWLEDGE_PAGE_SIZE)) return notFound();
          const tooLong = [...search].length > MAX_QUERY || (category !== null && [...category].length > 30);
          const unreadable = UNREADABLE.test(search) || (category !== null && UNREADABLE.test(category));
          const ignored = tooLong || unreadable;
          const data = await gateway.request(knowledgeListQuery, {
            siteId: site.id,
            search: ignored ? null : search || null,
            category: ignored ? null : category,
            first: KNOWLEDGE_PAGE_SIZE,
            offset: (page - 1) * KNOWLEDGE_PAGE_SIZE,
          });
          const pageCount = Math.max(1, Math.ceil(data.knowledgeEntries.totalCount / KNOWLEDGE_PAGE_SIZE));
          if (page > pageCount) return notFound();
          return {
            status: unreadable ? 400 : 200,
            html: renderDocument(
              <KnowledgeListPage
                site={site}
                basePath={basePath}
                theme={theme}
                stylesheet={stylesheet}
                results={{
                  query: ignored ? "" : search,
                  category: ignored ? null : category,
                  data,
                  page,
                  pageCount,
                  error: unreadable
                    ? "搜索词含有无法识别的字符"
                    : tooLong
                      ? `搜索词不能超过 ${MAX_QUERY} 个字`
                      : undefined,
                }}
              />,
            ),
            tags: [KNOWLEDGE_LIST_TAG],
            persist: search === "" && category === null,
          };
        }
      : null,
};

export const knowledgeEntryRoute: SiteRoute = {
  name: "knowledge-entry",
  cacheable: true,
  match: (sitePath) => {
    const id = ENTRY_PATH.exec(sitePath)?.[1];
    if (!id) return null;
    return async ({ site, basePath, theme, stylesheet, gateway, notFound }) => {
      const { knowledgeEntry: entry } = await gateway.request(knowledgeEntryQuery, { id });
      if (!entry || !shownOn(entry, site)) return { ...notFound(), tags: [knowledgeEntryTag(id)] };
      return {
        status: 200,
        html: renderDocument(
          <KnowledgeEntryPage
            site={site}
            basePath={basePath}
            theme={theme}
            stylesheet={stylesheet}
            entry={entry}
          />,
        ),
        tags: [knowledgeEntryTag(id)],
      };
    };
  },
};

/** For the letter form while the citizen types: up to five answered questions like the text. */
export const knowledgeSuggestRoute: SiteRoute = {
  name: "knowledge-suggest",
  cacheable: true,
  queryParams: ["q"],
  match: (sitePath) =>
    sitePath === "/zhiku/suggest.json"
      ? async ({ site, basePath, gateway, query }) => {
          // Typed text, not a search term: an unreadable character is dropped rather than refused.
          const text = [...clean(query.get("q")).replace(/\p{Cc}/gu, "")].slice(0, MAX_SUGGEST_TEXT).join("");
          const found =
            text.length < 2
              ? []
              : (await gateway.request(knowledgeSuggestQuery, { text })).knowledgeSuggestions;
          // Suggestions come from the whole city: only this site's, as its entry pages are only its own.
          const body = found
            .filter((entry) => shownOn(entry, site))
            .slice(0, SUGGESTIONS)
            .map((entry) => ({
              id: entry.id,
              title: entry.title,
              url: knowledgeEntryHref(basePath, entry.id),
            }));
          return {
            status: 200,
            html: JSON.stringify(body),
            contentType: "application/json; charset=utf-8",
            tags: [KNOWLEDGE_LIST_TAG],
            persist: false,
          };
        }
      : null,
};

/**
 * "Was this helpful": GET ?id=&helpful=1|0 (from the entry page's form) asks for confirmation; POST records the
 * vote as the signed-in citizen or this browser's visitor id and redirects to ?id=&done=1 with the counts.
 */
export const knowledgeFeedbackRoute: VisitorRoute = {
  name: "knowledge-feedback",
  match: (sitePath) =>
    sitePath === "/zhiku/feedback/"
      ? async (context) => {
          const { request, site, basePath, theme, stylesheet } = context;
          const action = knowledgeFeedbackHref(basePath);
          const source = request.method === "POST" ? request.form : request.url.searchParams;
          const id = source.get("id") ?? "";
          const helpful = source.get("helpful") !== "0";
          if (!UUID.test(id)) return context.notFound();
          let visitorId = request.cookies[VISITOR_COOKIE];
          if (!visitorId || !VISITOR_ID.test(visitorId)) {
            visitorId = randomBytes(24).toString("base64url");
            context.setCookie(VISITOR_COOKIE, visitorId, { maxAge: 365 * 24 * 3600 });
          }
          const render = (
            entry: { title: string; helpfulCount: number; unhelpfulCount: number },
            done: boolean,
            status = 200,
            error?: string,
          ) => ({
            status,
            tags: [],
            html: renderDocument(
              <KnowledgeFeedbackPage
                site={site}
                basePath={basePath}
                theme={theme}
                stylesheet={stylesheet}
                entryId={id}
                title={entry.title}
                helpful={helpful}
                action={action}
                csrfField={CSRF_FIELD}
                csrfToken={context.csrfToken}
                counts={done ? entry : null}
                error={error}
              />,
            ),
          });
          const current = await context.call(knowledgeFeedbackQuery, { id });
          const entry = current.data?.knowledgeEntry;
          if (!entry || !shownOn(entry, site)) return context.notFound();
          if (request.method === "GET") return render(entry, request.url.searchParams.get("done") === "1");
          const voted = await context.call(knowledgeVoteMutation, { id, helpful, visitorId });
          const error = voted.errors[0];
          if (error) {
            if (error.code === "NOT_FOUND") return context.notFound();
            const status = error.code === "TOO_MANY_REQUESTS" ? 429 : 400;
            return render(entry, false, status, error.message);
          }
          return {
            status: 303,
            html: "",
            tags: [],
            location: `${action}?${new URLSearchParams({ id, done: "1" }).toString()}`,
          };
        }
      : null,
};
