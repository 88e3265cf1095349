// Minimal GraphQL over fetch for the benchmarks: throws on transport or GraphQL errors.
export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
}

export async function graphql<T>(
  url: string,
  request: GraphQLRequest,
  token?: string,
  timeoutMs = 10_000,
): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(request),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) {
    throw new Error(`GraphQL ${response.status}: ${JSON.stringify(body.errors ?? body)}`);
  }
  return body.data;
}

export const DEMO_PASSWORD = "Jiyue@2026demo";

/** Logs a demo user in through the gateway's login mutation; TOTP is off in the demo city. */
export async function login(gatewayUrl: string, username: string): Promise<string> {
  const data = await graphql<{ login: { status: string; accessToken: string | null } }>(gatewayUrl, {
    query: "mutation Login($input: LoginInput!) { login(input: $input) { status accessToken } }",
    variables: { input: { username, password: DEMO_PASSWORD } },
  });
  if (data.login.status !== "SUCCESS" || !data.login.accessToken) {
    throw new Error(`login ${username}: ${data.login.status}`);
  }
  return data.login.accessToken;
}
