// Tokens of the signed-in staff member: the access token in memory (and sessionStorage, so a reload in
// the same tab keeps the session), the refresh token in sessionStorage. Nothing survives closing the tab.
const ACCESS_KEY = "jiyue.admin.accessToken";
const REFRESH_KEY = "jiyue.admin.refreshToken";

let accessToken: string | null = null;

function storage(): Storage | null {
  return typeof sessionStorage === "undefined" ? null : sessionStorage;
}

export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
}

export function getAccessToken(): string | null {
  if (!accessToken) accessToken = storage()?.getItem(ACCESS_KEY) ?? null;
  return accessToken;
}

export function getRefreshToken(): string | null {
  return storage()?.getItem(REFRESH_KEY) ?? null;
}

// <img src="/media/…"> cannot carry the Bearer header: the admin server reads this cookie for /media only.
function mirrorMediaCookie(token: string | null): void {
  if (typeof document === "undefined") return;
  // biome-ignore lint/suspicious/noDocumentCookie: synchronous on purpose (before the next <img> loads); cookieStore is not everywhere
  document.cookie = token
    ? `jiyue_media=${encodeURIComponent(token)}; path=/media; SameSite=Strict`
    : "jiyue_media=; path=/media; SameSite=Strict; max-age=0";
}

export function storeTokens(tokens: SessionTokens): void {
  accessToken = tokens.accessToken;
  mirrorMediaCookie(tokens.accessToken);
  storage()?.setItem(ACCESS_KEY, tokens.accessToken);
  storage()?.setItem(REFRESH_KEY, tokens.refreshToken);
}

export function clearSession(): void {
  accessToken = null;
  mirrorMediaCookie(null);
  storage()?.removeItem(ACCESS_KEY);
  storage()?.removeItem(REFRESH_KEY);
}

export function hasSession(): boolean {
  return getAccessToken() !== null || getRefreshToken() !== null;
}
