// The Apollo client: same-origin /graphql, the access token on every request, one refresh with token
// rotation when the server says UNAUTHENTICATED, then the login page.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { SetContextLink } from "@apollo/client/link/context";
import { RefreshTokenDocument } from "../features/auth/graphql/refreshToken";
import { AUTH_OPERATIONS, createErrorLink } from "./errorLink";
import { clearSession, getAccessToken, getRefreshToken, storeTokens } from "./session";

export interface ApolloOptions {
  uri?: string;
  notify(message: string): void;
  redirectToLogin?: () => void;
  fetch?: typeof fetch;
}

export function redirectToLogin(): void {
  clearSession();
  if (window.location.pathname === "/login") return;
  const from = window.location.pathname + window.location.search;
  window.location.assign(`/login?from=${encodeURIComponent(from)}`);
}

export function createApolloClient(options: ApolloOptions): ApolloClient {
  const authLink = new SetContextLink((prevContext, operation) => {
    const token = getAccessToken();
    if (!token || AUTH_OPERATIONS.has(operation.operationName ?? "")) return {};
    return { headers: { ...prevContext.headers, authorization: `Bearer ${token}` } };
  });

  let refreshing: Promise<boolean> | null = null;
  const rotate = async (): Promise<boolean> => {
    const refreshToken = getRefreshToken();
    if (!refreshToken) return false;
    try {
      const { data } = await client.mutate({
        mutation: RefreshTokenDocument,
        variables: { refreshToken },
        context: { silentErrors: true },
      });
      if (!data) return false;
      storeTokens(data.refreshToken);
      return true;
    } catch {
      clearSession();
      return false;
    }
  };
  // Concurrent failures share one refresh: the old refresh token is single-use.
  const refreshSession = () => {
    refreshing ??= rotate().finally(() => {
      refreshing = null;
    });
    return refreshing;
  };

  const errorLink = createErrorLink({
    notify: options.notify,
    refreshSession,
    redirectToLogin: options.redirectToLogin ?? redirectToLogin,
  });
  const httpLink = new HttpLink({ uri: options.uri ?? "/graphql", fetch: options.fetch });

  const client: ApolloClient = new ApolloClient({
    link: ApolloLink.from([errorLink, authLink, httpLink]),
    cache: new InMemoryCache(),
  });
  return client;
}
