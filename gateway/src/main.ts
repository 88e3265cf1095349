// Gateway process: supergraph from disk (composed at build time), subgraph URLs and keys from the environment.
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  createTokenVerifier,
  hostOf,
  isProduction,
  jwksUrl,
  listen,
  logger,
  portOf,
  remoteKeySet,
  SUBGRAPH_NAMES,
  urlOf,
} from "@jiyue/server-kit";
import { createGateway } from "./app";
import { parseClientRateLimit } from "./rate-limit";

const supergraphPath =
  process.env.JIYUE_SUPERGRAPH ?? path.resolve(import.meta.dirname, "..", "supergraph.graphql");

/**
 * Unset: trust loopback hops only — the portal and the admin server run beside the gateway and pass the
 * visitor's address on (rate limits per address); anything from elsewhere is taken by its socket address.
 */
function trustProxy(raw: string | undefined): boolean | number | string {
  if (raw === undefined || raw === "") return "loopback";
  if (raw === "false") return false;
  if (raw === "true") return true;
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}

async function main(): Promise<void> {
  const gateway = await createGateway({
    supergraphSdl: readFileSync(supergraphPath, "utf8"),
    subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, urlOf(name)])),
    verifyToken: createTokenVerifier(remoteKeySet(jwksUrl())),
    production: isProduction(),
    trustProxy: trustProxy(process.env.JIYUE_TRUST_PROXY),
    clientRateLimit: parseClientRateLimit(
      process.env.JIYUE_CLIENT_RATE_LIMIT,
      process.env.JIYUE_CLIENT_RATE_BURST,
    ),
  });
  const server = await listen(gateway.app, portOf("gateway"), hostOf());
  logger.info({ url: `${server.url}/graphql` }, "gateway ready");

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    const timer = setTimeout(() => process.exit(1), 10_000);
    timer.unref();
    try {
      await server.stop();
      await gateway.stop();
    } catch (error) {
      logger.error({ err: error }, "gateway stop failed");
    }
    process.exit(0);
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, "gateway failed to start");
  process.exit(1);
});
