// Canonical addresses: a page's one public URL — on the site's first domain when it has one, else under
// /s/<code>/ on the platform's public address (JIYUE_PORTAL_PUBLIC_URL, as content builds links for feeds
// to new media). Fixed by configuration, never by the request's Host, so cached pages are the same for all.
import { urlOf } from "@jiyue/server-kit";

export function platformPublicUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.JIYUE_PORTAL_PUBLIC_URL?.trim() || urlOf("portal", env)).replace(/\/+$/, "");
}

/** `sitePath` starts with "/" and is the page's path inside the site (with its query, if any). */
export function canonicalUrl(site: { code: string; domains: readonly string[] }, sitePath: string): string {
  const platform = platformPublicUrl();
  const domain = site.domains[0];
  if (domain) return `${new URL(platform).protocol}//${domain}${sitePath}`;
  return `${platform}/s/${site.code}${sitePath}`;
}
