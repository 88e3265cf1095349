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

// <img src="/media/…"> and a letter attachment's download link cannot carry the Bearer header: the admin server
// reads these cookies, each for its own path only.
const FILE_COOKIES = [
  { name: "jiyue_media", path: "/media" },
  { name: "jiyue_attachments", path: "/letter-attachments" },
];
function mirrorMediaCookie(token: string | null): void {
  if (typeof document === "undefined") return;
  for (const { name, path } of FILE_COOKIES) {
    // biome-ignore lint/suspicious/noDocumentCookie: synchronous on purpose (before the next <img> loads); cookieStore is not everywhere
    document.cookie = token
      ? `${name}=${encodeURIComponent(token)}; path=${path}; SameSite=Strict`
      : `${name}=; path=${path}; SameSite=Strict; max-age=0`;
  }
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
