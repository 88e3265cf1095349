// Process configuration from the environment, with the defaults of ARCHITECTURE.md.
export const SUBGRAPH_NAMES = ["identity", "content", "interaction", "supervision", "evaluation"] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

export const DEFAULT_PORTS = {
  portal: 3000,
  admin: 3001,
  gateway: 4000,
  identity: 4001,
  content: 4002,
  interaction: 4003,
  supervision: 4004,
  evaluation: 4005,
} as const;
export type ServiceName = keyof typeof DEFAULT_PORTS;

const ENV_PORT_NAMES: Record<ServiceName, string> = {
  portal: "PORTAL_PORT",
  admin: "ADMIN_PORT",
  gateway: "GATEWAY_PORT",
  identity: "IDENTITY_PORT",
  content: "CONTENT_PORT",
  interaction: "INTERACTION_PORT",
  supervision: "SUPERVISION_PORT",
  evaluation: "EVALUATION_PORT",
};

export function portOf(service: ServiceName, env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[ENV_PORT_NAMES[service]];
  return raw ? Number(raw) : DEFAULT_PORTS[service];
}
export function portEnvName(service: ServiceName): string {
  return ENV_PORT_NAMES[service];
}

export function hostOf(env: NodeJS.ProcessEnv = process.env): string {
  return env.JIYUE_HOST ?? "127.0.0.1";
}

/** Base URL of a service, e.g. http://127.0.0.1:4001 (overridable with e.g. IDENTITY_URL). */
export function urlOf(service: ServiceName, env: NodeJS.ProcessEnv = process.env): string {
  const override = env[`${service.toUpperCase()}_URL`];
  return override ?? `http://${hostOf(env)}:${portOf(service, env)}`;
}

export function isProduction(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === "production";
}

export function requireEnv(name: string, env: NodeJS.ProcessEnv = process.env): string {
  const value = env[name];
  if (!value) throw new Error(`environment variable ${name} is required`);
  return value;
}

/** Shared secret for service-to-service calls (internal endpoints). */
export function serviceSecret(env: NodeJS.ProcessEnv = process.env): string {
  return requireEnv("JIYUE_SERVICE_SECRET", env);
}

export function jwksUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.JIYUE_JWKS_URL ?? `${urlOf("identity", env)}/.well-known/jwks.json`;
}

export const TOKEN_ISSUER = "jiyue-identity";
export const TOKEN_AUDIENCE = "jiyue";
