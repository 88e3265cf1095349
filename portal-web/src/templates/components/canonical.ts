// Canonical addresses: a page's one public URL — on the site's first domain when it has one, else under
// /s/<code>/ on the platform's public address (JIYUE_PORTAL_PUBLIC_URL, as content builds links for feeds
// to new media). Fixed by configuration, never by the request's Host, so cached pages are the same for all.
// A `.localhost` domain (RFC 6761: always this machine, as the local demo's sites have) is served by the
// portal itself, so its address carries the portal's public port (else every link would point at port 80).
import { urlOf } from "@jiyue/server-kit";

export function platformPublicUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.JIYUE_PORTAL_PUBLIC_URL?.trim() || urlOf("portal", env)).replace(/\/+$/, "");
}

/** localhost and its subdomains (RFC 6761), which never leave this machine. */
export function isLocalhostName(domain: string): boolean {
  const name = domain.toLowerCase().replace(/\.$/, "");
  return name === "localhost" || name.endsWith(".localhost");
}

/** The scheme and host of a site's domain: with the portal's public port for a `.localhost` domain. */
export function siteOrigin(domain: string, env: NodeJS.ProcessEnv = process.env): string {
  const platform = new URL(platformPublicUrl(env));
  const port = isLocalhostName(domain) && !domain.includes(":") && platform.port ? `:${platform.port}` : "";
  return `${platform.protocol}//${domain}${port}`;
}

/** `sitePath` starts with "/" and is the page's path inside the site (with its query, if any). */
export function canonicalUrl(
  site: { code: string; domains: readonly string[] },
  sitePath: string,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const domain = site.domains[0];
  if (domain) return `${siteOrigin(domain, env)}${sitePath}`;
  return `${platformPublicUrl(env)}/s/${site.code}${sitePath}`;
}
