// GET /internal/lexicon/snapshot: the compiled-input snapshot for content and interaction, behind a service
// token like /internal/events. `?after=N` answers 304 while the version is still N (cheap polling).
import { logger, type SubgraphDeps, verifyServiceToken } from "@jiyue/server-kit";
import type express from "express";
import type { SupervisionSchema } from "../../context";
import { lexiconSnapshot } from "./lexicon.service";

export function configureLexiconRoutes(app: express.Express, deps: SubgraphDeps<SupervisionSchema>): void {
  app.get("/internal/lexicon/snapshot", async (req, res) => {
    try {
      await verifyServiceToken(req.headers.authorization, deps.serviceSecret);
    } catch {
      res.status(401).json({ error: "unauthenticated" });
      return;
    }
    try {
      const snapshot = await lexiconSnapshot(deps.db);
      const after = Number(req.query.after ?? -1);
      if (Number.isFinite(after) && after >= snapshot.version) {
        res.status(304).end();
        return;
      }
      res.json(snapshot);
    } catch (error) {
      logger.error({ err: error }, "lexicon snapshot failed");
      res.status(503).json({ error: "unavailable" });
    }
  });
}
