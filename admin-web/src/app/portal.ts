// The portal's base URL, from the admin server's /config.json; without it (vite dev), the same host on
// the portal's default port.
import { useEffect, useState } from "react";

const PORTAL_DEFAULT_PORT = 3000;

export function defaultPortalBaseUrl(location: Pick<Location, "protocol" | "hostname">): string {
  return `${location.protocol}//${location.hostname}:${PORTAL_DEFAULT_PORT}`;
}

let cached: Promise<string> | null = null;

export function loadPortalBaseUrl(): Promise<string> {
  cached ??= fetch("/config.json")
    .then(
      (response): Promise<{ portalBaseUrl?: unknown }> =>
        response.ok ? response.json() : Promise.resolve({}),
    )
    .then((config) =>
      typeof config.portalBaseUrl === "string" ? config.portalBaseUrl : defaultPortalBaseUrl(window.location),
    )
    .catch(() => defaultPortalBaseUrl(window.location));
  return cached;
}

export function portalSiteUrl(baseUrl: string, siteCode: string): string {
  return `${baseUrl.replace(/\/$/, "")}/s/${encodeURIComponent(siteCode)}/`;
}

export function usePortalBaseUrl(): string {
  const [baseUrl, setBaseUrl] = useState(() => defaultPortalBaseUrl(window.location));
  useEffect(() => {
    let active = true;
    loadPortalBaseUrl().then((url) => {
      if (active) setBaseUrl(url);
    });
    return () => {
      active = false;
    };
  }, []);
  return baseUrl;
}
