// `pnpm bench:gateway`: the query that joins all five subgraphs for one site, through the gateway, against
// the identity subgraph answering siteByCode on its own port — same token, same machine, same run.
import autocannon from "autocannon";
import { graphql, login } from "./lib/graphql";
import { main, progress } from "./lib/platform";
import { table } from "./lib/report";

const SITE_CODE = "zgh";
const CONNECTIONS = [16, 64];
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const WARMUP_S = 2;

const JOINED = `query BenchSite($code: String!) {
  siteByCode(code: $code) {
    code
    unit { name }
    channels { name path }
    mailboxes { name }
    lexiconEntries { term }
    stats { channelCount changeCount }
  }
}`;
const DIRECT = `query BenchSiteDirect($code: String!) {
  siteByCode(code: $code) { code unit { name } }
}`;

interface Target {
  label: string;
  url: string;
  query: string;
}

interface Run {
  target: string;
  connections: number;
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
}

function load(
  target: Target,
  token: string,
  connections: number,
  seconds: number,
  quiet = false,
): Promise<Run> {
  const body = JSON.stringify({ query: target.query, variables: { code: SITE_CODE } });
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${target.url}/graphql`,
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body,
        connections,
        duration: seconds,
        timeout: 10,
        // A GraphQL error still comes with HTTP 200: count it as a mismatch.
        verifyBody: (raw) => {
          const text = String(raw ?? "");
          return text.startsWith('{"data":{"siteByCode":{') && !text.includes('"errors"');
        },
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          target: target.label,
          connections,
          rps: result.requests.average,
          p50: result.latency.p50,
          p99: result.latency.p99,
          requests: result.requests.total,
          errors: result.errors + result.timeouts + result.non2xx + result.mismatches,
        });
      },
    );
    let ticks = 0;
    let responses = 0;
    instance.on("response", () => {
      responses += 1;
    });
    instance.on("tick", () => {
      ticks += 1;
      if (!quiet && ticks % 2 === 0 && ticks <= seconds) {
        progress(`  ${target.label} c=${connections}: ${ticks}/${seconds} s, ${responses} responses`);
      }
    });
  });
}

main("gateway", async (platform) => {
  const token = await login(platform.urls.gateway, "admin");
  const targets: Target[] = [
    { label: "identity direct", url: platform.urls.identity, query: DIRECT },
    { label: "gateway, 5 subgraphs", url: platform.urls.gateway, query: JOINED },
  ];
  // Both answer before anything is measured: a wrong query fails here, not as 10 s of errors.
  const sample = await graphql<{ siteByCode: Record<string, unknown[] | unknown> | null }>(
    platform.urls.gateway,
    { query: JOINED, variables: { code: SITE_CODE } },
    token,
  );
  const site = sample.siteByCode;
  if (!site) throw new Error(`site ${SITE_CODE} not found`);
  progress(
    `joined answer: ${(site.channels as unknown[]).length} channels, ${(site.mailboxes as unknown[]).length} mailboxes, ${(site.lexiconEntries as unknown[]).length} lexicon entries, stats ${JSON.stringify(site.stats)}`,
  );
  await graphql(platform.urls.identity, { query: DIRECT, variables: { code: SITE_CODE } }, token);

  const runs: Run[] = [];
  for (const connections of CONNECTIONS) {
    for (const target of targets) {
      progress(`${target.label}, ${connections} connections: warm-up ${WARMUP_S} s, then ${DURATION_S} s`);
      await load(target, token, connections, WARMUP_S, true);
      const run = await load(target, token, connections, DURATION_S);
      progress(`  → ${run.rps.toFixed(0)} req/s, p50 ${run.p50} ms, p99 ${run.p99} ms, ${run.errors} errors`);
      runs.push(run);
    }
  }

  const rows = runs.map((run) => [
    run.target,
    run.connections,
    run.rps.toFixed(0),
    run.p50,
    run.p99,
    run.requests,
    run.errors,
  ]);
  const ratios = CONNECTIONS.map((connections) => {
    const [direct, joined] = targets.map(
      (target) => runs.find((run) => run.target === target.label && run.connections === connections) as Run,
    ) as [Run, Run];
    return [
      connections,
      (joined.rps / direct.rps).toFixed(3),
      (joined.p50 / Math.max(direct.p50, 1)).toFixed(1),
      (joined.p99 / Math.max(direct.p99, 1)).toFixed(1),
    ];
  });
  console.log(
    `\n### bench:gateway — ${new Date().toISOString()} — site ${SITE_CODE}, ${DURATION_S} s per run\n`,
  );
  console.log(table(["target", "conns", "req/s", "p50 ms", "p99 ms", "requests", "errors"], rows));
  console.log();
  console.log(
    table(
      ["conns", "req/s ratio (gateway/direct)", "p50 ratio", "p99 ratio"],
      ratios as (string | number)[][],
    ),
  );
  console.log();
});
