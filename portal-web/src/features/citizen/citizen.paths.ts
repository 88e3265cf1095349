// Where a citizen goes after signing in: only paths of this same site (no open redirects), and the link
// to the unified identity system's login, which comes back to this site's /login/ with a one-time ticket.

const FALLBACK = "/my/";

/**
 * A same-site path from a `return` parameter: it must be a path (not "//host" or a URL with a scheme), free
 * of backslashes and control characters, and inside the site's base path; anything else gives the
 * personal center.
 */
export function safeReturn(raw: string | null | undefined, basePath: string): string {
  const fallback = `${basePath}${FALLBACK}`;
  if (!raw || raw.length > 500) return fallback;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (!raw.startsWith("/") || raw.startsWith("//") || /[\\\u0000-\u001f\u007f]/.test(raw)) return fallback;
  let url: URL;
  try {
    url = new URL(raw, "http://portal.invalid");
  } catch {
    return fallback;
  }
  if (url.origin !== "http://portal.invalid") return fallback;
  if (!url.pathname.startsWith(`${basePath}/`)) return fallback;
  // Never back to the account pages that would loop or sign out again.
  const sitePath = url.pathname.slice(basePath.length);
  if (["/login/", "/logout/", "/register/", "/forgot-password/"].includes(sitePath)) return fallback;
  return `${url.pathname}${url.search}`;
}

export function loginHref(basePath: string, returnTo: string): string {
  return `${basePath}/login/?return=${encodeURIComponent(returnTo)}`;
}

/** identity's /oidc/login through the portal's proxy; the provider's answer lands on this site's /login/. */
export function oidcLoginHref(basePath: string, returnTo: string): string {
  const landing = `${basePath}/login/?return=${encodeURIComponent(returnTo)}`;
  return `/oidc/login?audience=citizen&return=${encodeURIComponent(landing)}`;
}
