// The portal process: PORTAL_PORT (3000), gateway from GATEWAY_URL, LISTEN on DATABASE_URL when set,
// last good copies in PORTAL_CACHE_DIR (default: .data/portal-cache at the repository root); memory hits on the
// raw socket unless JIYUE_PORTAL_FAST_PATH=0.
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { hostOf, isProduction, logger, portOf, urlOf } from "@jiyue/server-kit";
import { createPortal } from "./app";
import { answerClientErrors } from "./client-error";
import { installFastPath } from "./fast-path";

const log = logger.child({ service: "portal" });

const portal = await createPortal({
  gatewayUrl: urlOf("gateway"),
  cacheDir: process.env.PORTAL_CACHE_DIR
    ? path.resolve(process.env.PORTAL_CACHE_DIR)
    : fileURLToPath(new URL("../../../.data/portal-cache", import.meta.url)),
  listenConnectionString: process.env.DATABASE_URL || undefined,
  production: isProduction(),
});
const port = portOf("portal");
const host = hostOf();
const server = http.createServer(portal.handler);
// An over-long address or head gets a short page (414/431), not Node's bare answer with no body.
answerClientErrors(server);
// Memory hits are answered on the raw socket; everything else goes through Node's HTTP server (fast-path.ts).
// JIYUE_PORTAL_FAST_PATH=0 leaves every request to Node's HTTP server (for comparison or diagnosis).
const fastPath =
  process.env.JIYUE_PORTAL_FAST_PATH === "0" ? undefined : installFastPath(server, portal.hotPages);
server.listen(port, host, () => log.info({ url: `http://${host}:${port}/` }, "portal listening"));

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, "portal stopping");
  server.close();
  server.closeIdleConnections();
  fastPath?.closeIdleConnections();
  await portal.stop();
  process.exit(0);
}
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
