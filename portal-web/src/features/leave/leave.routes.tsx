// /leave/?to=<url>[&from=<article id>]: the notice before an external link. Not an open redirect: the address
// must be the link URL of one of the site's channels, or a link in the published body of the article named by
// `from` (an article of this site); any other address is a 404.
import type { ChannelLinkFragment } from "../../gql/graphql";
import { renderDocument } from "../../server/html";
import type { SiteRoute } from "../../server/routing";
import { articleHref } from "../../templates/components/ArticleList";
import { LeavePage } from "../../templates/pages/LeavePage";
import { articleQuery } from "../article/article.queries";
import { articleTag } from "../article/article.tags";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const leaveRoute: SiteRoute = {
  name: "leave",
  cacheable: true,
  queryParams: ["to", "from"],
  match: (sitePath) =>
    sitePath === "/leave/"
      ? async (context) => {
          const { site, basePath, theme, stylesheet, gateway, query } = context;
          const to = externalUrl(query.get("to"));
          const from = query.get("from");
          if (!to) return context.notFound();
          let back = `${basePath}/`;
          let tags: string[] = [];
          if (from !== null) {
            if (!UUID.test(from)) return context.notFound();
            const { publishedArticle: article } = await gateway.request(articleQuery, { id: from });
            tags = [articleTag(from)];
            if (
              !article ||
              article.site.id !== site.id ||
              !article.body.includes(`href="${escapeAttribute(to)}"`)
            ) {
              return { ...context.notFound(), tags };
            }
            back = articleHref(basePath, article.channel.path, article.id);
          } else if (!channelLinks(site.channels).includes(to)) {
            return context.notFound();
          }
          return {
            status: 200,
            html: renderDocument(
              <LeavePage
                site={site}
                basePath={basePath}
                theme={theme}
                stylesheet={stylesheet}
                to={to}
                back={back}
              />,
            ),
            tags,
          };
        }
      : null,
};

function externalUrl(value: string | null): string | null {
  if (!value || value.length > 2000) return null;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? value : null;
  } catch {
    return null;
  }
}

type ChannelNode = ChannelLinkFragment & { children?: ChannelNode[] };

function channelLinks(channels: ChannelNode[]): string[] {
  return channels.flatMap((channel) => [
    ...(channel.kind === "LINK" && channel.linkUrl ? [channel.linkUrl] : []),
    ...channelLinks(channel.children ?? []),
  ]);
}

/** As the sanitiser writes attribute values (double-quoted, & and " escaped). */
function escapeAttribute(value: string): string {
  return value.replaceAll("&", "&amp;").replaceAll('"', "&quot;");
}
