// Readiness: the gateway is ready only when every subgraph answers its own /health with 200.
export type SubgraphHealth = "ok" | "down";

export interface HealthReport {
  status: "ready" | "unavailable";
  subgraphs: Record<string, SubgraphHealth>;
  down?: string[];
}

export async function checkSubgraphs(
  baseUrls: Record<string, string>,
  timeoutMs: number,
): Promise<HealthReport> {
  const entries = await Promise.all(
    Object.entries(baseUrls).map(async ([name, base]): Promise<[string, SubgraphHealth]> => {
      try {
        const response = await fetch(`${base}/health`, { signal: AbortSignal.timeout(timeoutMs) });
        // Drain the body so the connection can be reused.
        await response.arrayBuffer();
        return [name, response.status === 200 ? "ok" : "down"];
      } catch {
        return [name, "down"];
      }
    }),
  );
  const subgraphs = Object.fromEntries(entries);
  const down = entries.filter(([, state]) => state === "down").map(([name]) => name);
  return down.length === 0 ? { status: "ready", subgraphs } : { status: "unavailable", subgraphs, down };
}
