// `pnpm bench:events`: how long a change takes to reach its effects — the portal page, evaluation's
// statistics, supervision's audit log — against a bare PostgreSQL NOTIFY → LISTEN round trip on the
// same database in the same run.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { graphql, login } from "./lib/graphql";
import { main, progress } from "./lib/platform";
import { ms, type Summary, summarize, table } from "./lib/report";

const SITE_CODE = "zgh";
const REPETITIONS = Number(process.env.BENCH_REPETITIONS ?? 30);
const POLL_MS = 10;
/** One repetition that never sees its effect counts as a miss, not as a hang. */
const EFFECT_TIMEOUT_MS = 10_000;
/** The whole measurement stops early rather than run past the 3-minute budget. */
const BUDGET_MS = 120_000;

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

interface Sample {
  /** From sending the mutation to the first poll that shows the effect. */
  total: number;
  /** The mutation's own round trip through the gateway. */
  mutation: number;
}

interface Scenario {
  label: string;
  /** Read the state that the effect will change, before the mutation. */
  before(): Promise<number>;
  /** True once the effect of renaming the site to `name` is visible. */
  seen(name: string, before: number): Promise<boolean>;
}

async function notifyRoundTrips(databaseUrl: string, count: number): Promise<number[]> {
  const listener = new pg.Client({ connectionString: databaseUrl });
  const sender = new pg.Client({ connectionString: databaseUrl });
  await Promise.all([listener.connect(), sender.connect()]);
  try {
    const channel = `bench_${randomBytes(4).toString("hex")}`;
    await listener.query(`listen ${channel}`);
    const samples: number[] = [];
    for (let i = 0; i < count + 3; i++) {
      const payload = String(i);
      const started = performance.now();
      const received = new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("NOTIFY not received within 5 s")), 5_000);
        const onNotification = (message: pg.Notification) => {
          if (message.channel !== channel || message.payload !== payload) return;
          clearTimeout(timer);
          listener.off("notification", onNotification);
          resolve(performance.now());
        };
        listener.on("notification", onNotification);
      });
      await sender.query("select pg_notify($1, $2)", [channel, payload]);
      const elapsed = (await received) - started;
      if (i >= 3) samples.push(elapsed); // the first few warm up the connections
      await sleep(POLL_MS);
    }
    return samples;
  } finally {
    await Promise.all([listener.end(), sender.end()]);
  }
}

main("events", async (platform) => {
  const started = Date.now();
  const gateway = platform.urls.gateway;
  const [adminToken, auditorToken] = [await login(gateway, "admin"), await login(gateway, "auditor")];
  const { siteByCode } = await graphql<{ siteByCode: { id: string; name: string } | null }>(
    gateway,
    {
      query: "query($code: String!) { siteByCode(code: $code) { id name } }",
      variables: { code: SITE_CODE },
    },
    adminToken,
  );
  if (!siteByCode) throw new Error(`site ${SITE_CODE} not found`);
  const siteId = siteByCode.id;
  const pageUrl = `${platform.urls.portal}/s/${SITE_CODE}/`;
  const firstPage = await fetch(pageUrl);
  if (!firstPage.ok || !(await firstPage.text()).includes(siteByCode.name)) {
    throw new Error(`${pageUrl} does not show the site name (HTTP ${firstPage.status})`);
  }

  const changeCount = async () => {
    const data = await graphql<{ siteByCode: { stats: { changeCount: number } } }>(
      gateway,
      {
        query: "query($code: String!) { siteByCode(code: $code) { stats { changeCount } } }",
        variables: { code: SITE_CODE },
      },
      adminToken,
    );
    return data.siteByCode.stats.changeCount;
  };
  const scenarios: Scenario[] = [
    {
      label: "portal page /s/<code>/ shows new name",
      before: async () => 0,
      seen: async (name) => {
        const response = await fetch(pageUrl, { signal: AbortSignal.timeout(5_000) });
        return response.ok && (await response.text()).includes(name);
      },
    },
    {
      label: "evaluation stats.changeCount +1",
      before: changeCount,
      seen: async (_name, before) => (await changeCount()) > before,
    },
    {
      label: "supervision auditLog has the entry",
      before: async () => 0,
      seen: async (name) => {
        const data = await graphql<{ auditLog: { items: { payload: { site?: { name?: string } } }[] } }>(
          gateway,
          {
            query: `query($filter: AuditLogFilter) {
              auditLog(filter: $filter, limit: 1) { items { payload } }
            }`,
            variables: { filter: { type: "site.updated", siteId } },
          },
          auditorToken,
        );
        return data.auditLog.items[0]?.payload.site?.name === name;
      },
    },
  ];

  progress(`baseline: ${REPETITIONS} NOTIFY → LISTEN round trips on the platform's database`);
  const baseline = summarize(await notifyRoundTrips(platform.databaseUrl, REPETITIONS));
  progress(`  → p50 ${ms(baseline.p50)} ms, p95 ${ms(baseline.p95)} ms`);

  const nonce = randomBytes(3).toString("hex");
  const results: { label: string; total: Summary; mutation: Summary; poll: Summary; misses: number }[] = [];
  for (const scenario of scenarios) {
    progress(`${scenario.label}: ${REPETITIONS} renames, polling every ${POLL_MS} ms`);
    const samples: Sample[] = [];
    const polls: number[] = [];
    let misses = 0;
    for (let i = 0; i < REPETITIONS; i++) {
      if (Date.now() - started > BUDGET_MS) {
        progress("  time budget used up: stopping this scenario early");
        break;
      }
      const name = `重庆市总工会 基准${nonce}-${results.length}-${i}`;
      const before = await scenario.before();
      const sent = performance.now();
      await graphql(
        gateway,
        {
          query: "mutation($id: ID!, $input: UpdateSiteInput!) { updateSite(id: $id, input: $input) { id } }",
          variables: { id: siteId, input: { name } },
        },
        adminToken,
      );
      const mutated = performance.now();
      let seenAt: number | undefined;
      while (performance.now() - sent < EFFECT_TIMEOUT_MS) {
        const pollStarted = performance.now();
        const visible = await scenario.seen(name, before);
        const now = performance.now();
        polls.push(now - pollStarted);
        if (visible) {
          seenAt = now;
          break;
        }
        await sleep(POLL_MS);
      }
      if (seenAt === undefined) misses += 1;
      else samples.push({ total: seenAt - sent, mutation: mutated - sent });
      if ((i + 1) % 10 === 0) progress(`  ${i + 1}/${REPETITIONS}`);
    }
    const result = {
      label: scenario.label,
      total: summarize(samples.map((sample) => sample.total)),
      mutation: summarize(samples.map((sample) => sample.mutation)),
      poll: summarize(polls),
      misses,
    };
    progress(`  → p50 ${ms(result.total.p50)} ms, p95 ${ms(result.total.p95)} ms, ${misses} misses`);
    results.push(result);
  }

  console.log(
    `\n### bench:events — ${new Date().toISOString()} — site ${SITE_CODE}, ${REPETITIONS} repetitions, poll every ${POLL_MS} ms\n`,
  );
  console.log(
    table(
      ["from updateSite sent to …", "n", "p50 ms", "p95 ms", "max ms", "misses", "ratio p50 / NOTIFY p50"],
      [
        [
          "baseline: NOTIFY → LISTEN",
          baseline.n,
          ms(baseline.p50),
          ms(baseline.p95),
          ms(baseline.max),
          0,
          "1",
        ],
        ...results.map((result) => [
          result.label,
          result.total.n,
          ms(result.total.p50),
          ms(result.total.p95),
          ms(result.total.max),
          result.misses,
          (result.total.p50 / baseline.p50).toFixed(0),
        ]),
      ],
    ),
  );
  console.log();
  console.log(
    table(
      ["scenario", "updateSite round trip p50 ms", "one poll p50 ms", "after mutation returned p50 ms"],
      results.map((result) => [
        result.label,
        ms(result.mutation.p50),
        ms(result.poll.p50),
        ms(result.total.p50 - result.mutation.p50),
      ]),
    ),
  );
  console.log();
});
