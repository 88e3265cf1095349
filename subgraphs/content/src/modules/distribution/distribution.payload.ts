// Payloads per target format, built only from the published (immutable) revision — never from a draft. The
// JSON string returned is stored on the delivery and sent byte for byte on every attempt.
import { htmlToText } from "@jiyue/content-text";
import type { ArticleRow, RevisionRow } from "../article/article.sql";
import type { DeliveryKindValue, DistributionFormatValue } from "./distribution.sql";

export interface PayloadSource {
  kind: DeliveryKindValue;
  format: DistributionFormatValue;
  draftOnly: boolean;
  article: ArticleRow;
  revision: RevisionRow;
  channel: { id: string; name: string; path: string };
  siteCode: string;
  /** Public portal base URL, e.g. https://www.example.org (no trailing slash). */
  portalUrl: string;
  reason: string | null;
  at: Date;
}

export const WEIBO_MAX_CHARS = 2000;

export function articleUrl(
  source: Pick<PayloadSource, "portalUrl" | "siteCode" | "channel" | "article">,
): string {
  return `${source.portalUrl}/s/${source.siteCode}/${source.channel.path}/${source.article.id}.html`;
}

/** Relative media links (/media/…) become absolute on the portal, which serves published media. */
function absoluteMedia(html: string, portalUrl: string): string {
  return html.replace(/(src|href)="\/media\//g, `$1="${portalUrl}/media/`);
}

function digestOf(revision: RevisionRow, max = 120): string {
  const text = (revision.summary?.trim() || htmlToText(revision.body)).replace(/\s+/g, " ").trim();
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : text;
}

function weiboStatus(title: string, summary: string, url: string): string {
  const fixed = `【${title}】 ${url}`;
  const room = WEIBO_MAX_CHARS - [...fixed].length - 1;
  const chars = [...summary];
  const text = room <= 0 ? "" : chars.length > room ? `${chars.slice(0, room - 1).join("")}…` : summary;
  const status = text ? `【${title}】${text} ${url}` : fixed;
  return [...status].slice(0, WEIBO_MAX_CHARS).join("");
}

export function buildPayload(source: PayloadSource): string {
  const { article, revision, kind } = source;
  const url = articleUrl(source);
  const publishedAt = (article.publishedAt ?? source.at).toISOString();
  const thumbUrl = revision.coverImageId ? `${source.portalUrl}/media/${revision.coverImageId}/thumb` : null;
  switch (source.format) {
    case "wechat_mp": {
      if (kind === "retract")
        return JSON.stringify({ action: "delete", id: article.id, url, reason: source.reason });
      return JSON.stringify({
        action: source.draftOnly ? "draft" : "publish",
        id: article.id,
        update: kind === "update",
        articles: [
          {
            title: revision.title,
            author: revision.author ?? "",
            digest: digestOf(revision),
            content: absoluteMedia(revision.body, source.portalUrl),
            content_source_url: url,
            thumb_url: thumbUrl,
          },
        ],
      });
    }
    case "weibo": {
      if (kind === "retract") return JSON.stringify({ action: "delete", id: article.id, url });
      return JSON.stringify({
        id: article.id,
        status: weiboStatus(revision.title, digestOf(revision, WEIBO_MAX_CHARS), url),
        url,
      });
    }
    default: {
      const common = {
        id: article.id,
        kind,
        siteCode: source.siteCode,
        channel: source.channel,
        title: revision.title,
        url,
        publishedAt,
      };
      if (kind === "retract")
        return JSON.stringify({ ...common, reason: source.reason, retractedAt: source.at.toISOString() });
      return JSON.stringify({
        ...common,
        subtitle: revision.subtitle,
        source: revision.source,
        author: revision.author,
        summary: revision.summary,
        bodyHtml: absoluteMedia(revision.body, source.portalUrl),
        keywords: revision.keywords,
        coverImageUrl: thumbUrl && `${source.portalUrl}/media/${revision.coverImageId}`,
        updatedAt: (article.lastPublishedAt ?? source.at).toISOString(),
      });
    }
  }
}
