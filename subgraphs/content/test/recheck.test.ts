// Integration: the batch re-check (全量复查) — published articles checked again with the lexicon in force, by a
// durable job that records results as it goes; who may start and read a run.
import { randomUUID } from "node:crypto";
import { grant } from "@jiyue/server-kit/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { revisions } from "../src/db/schema";
import { article, type Cast, ContentKit, cast, type Person } from "./testkit/content";

const kit = new ContentKit();
const unitA = randomUUID();
const unitB = randomUUID();
let siteA: Awaited<ReturnType<ContentKit["site"]>>;
let a: Cast;
let b: Cast;
let supervisor: Person;

beforeAll(async () => {
  await kit.setup();
  siteA = await kit.site(unitA);
  await kit.site(unitB);
  a = await cast(kit, unitA);
  b = await cast(kit, unitB);
  supervisor = await kit.staff([grant("supervisor", {})], "市级巡检");
});
afterAll(() => kit.teardown());

const RUN_FIELDS = `id status total checked progress articlesWithBlock blockCount site { id }
  items(onlyWithFindings: true) { total items { articleId title blockCount findings { text severity suggestion } } }`;
const START = `mutation($siteId: ID) { startRecheck(siteId: $siteId) { ${RUN_FIELDS} } }`;
const RUN = `query($id: ID!) { recheckRun(id: $id) { ${RUN_FIELDS} } }`;

interface RunView {
  id: string;
  status: string;
  total: number;
  checked: number;
  progress: number;
  articlesWithBlock: number;
  blockCount: number;
  items: {
    total: number;
    items: {
      articleId: string;
      title: string;
      blockCount: number;
      findings: { text: string; severity: string }[];
    }[];
  };
}

async function finished(id: string, who: Person): Promise<RunView> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const { recheckRun } = await kit.ok<{ recheckRun: RunView }>(RUN, { id }, who);
    if (recheckRun.status !== "RUNNING") return recheckRun;
    if (Date.now() > deadline) throw new Error(`re-check still running: ${JSON.stringify(recheckRun)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("batch re-check of published content", () => {
  it("checks every live article of the scope with the current lexicon and lists the ones with block findings", async () => {
    const clean = await article(kit, a, siteA, "社区开展义诊活动");
    const flagged = await article(kit, a, siteA, "平安建设工作推进会召开");
    await article(kit, a, siteA, "未发布的草稿", "draft");
    // Published before the wording became forbidden: the live text now contains a block-level term.
    await kit.content.db
      .update(revisions)
      .set({ body: "<p>会议要求深入推进扫黑险恶常态化。</p>" })
      .where(eq(revisions.articleId, flagged.id));

    const started = await kit.ok<{ startRecheck: RunView }>(START, { siteId: siteA.id }, a.r3);
    expect(started.startRecheck).toMatchObject({ status: "RUNNING", total: 2 });
    const run = await finished(started.startRecheck.id, a.r3);
    expect(run).toMatchObject({ status: "DONE", total: 2, checked: 2, progress: 1, articlesWithBlock: 1 });
    expect(run.items.total).toBe(1);
    const [item] = run.items.items;
    expect(item).toMatchObject({ articleId: flagged.id, title: "平安建设工作推进会召开" });
    expect(item?.findings).toContainEqual(expect.objectContaining({ text: "扫黑险恶", severity: "BLOCK" }));
    expect(run.items.items.map((i) => i.articleId)).not.toContain(clean.id);

    const events = (await kit.content.db.query.outbox.findMany()).filter((e) => e.aggregateId === run.id);
    expect(events.map((e) => e.type).sort()).toEqual(["recheck.finished", "recheck.started"]);
  });

  it("lets a site's publisher check that site, an inspector the whole city, and nobody else", async () => {
    const editor = await kit.gql(START, { siteId: siteA.id }, a.editor);
    expect(editor.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const otherUnit = await kit.gql(START, { siteId: siteA.id }, b.r3);
    expect(otherUnit.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const cityByPublisher = await kit.gql(START, {}, a.r3);
    expect(cityByPublisher.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const city = await kit.ok<{ startRecheck: RunView }>(START, {}, supervisor);
    const done = await finished(city.startRecheck.id, supervisor);
    expect(done.status).toBe("DONE");
    expect(done.checked).toBe(done.total);
    // A city-wide run is not readable by one unit's staff.
    const hidden = await kit.ok<{ recheckRun: RunView | null }>(RUN, { id: city.startRecheck.id }, b.r3);
    expect(hidden.recheckRun).toBeNull();
  });

  it("lists to each reader only the runs of sites it may read: its unit's, not another unit's or the city's", async () => {
    const siteB = await kit.site(unitB);
    const mine = await kit.ok<{ startRecheck: RunView }>(START, { siteId: siteA.id }, a.r3);
    const theirs = await kit.ok<{ startRecheck: RunView }>(START, { siteId: siteB.id }, b.r3);
    await finished(mine.startRecheck.id, a.r3);
    await finished(theirs.startRecheck.id, b.r3);
    const LIST = `query { recheckRuns(limit: 50) { id site { id } } }`;
    const runsOf = async (who: Person) =>
      (await kit.ok<{ recheckRuns: { id: string; site: { id: string } | null }[] }>(LIST, {}, who))
        .recheckRuns;

    const forA = await runsOf(a.editor);
    expect(forA.map((run) => run.id)).toContain(mine.startRecheck.id);
    expect(forA.map((run) => run.id)).not.toContain(theirs.startRecheck.id);
    expect(forA.every((run) => run.site?.id === siteA.id)).toBe(true);
    const forB = await runsOf(b.editor);
    expect(forB.map((run) => run.id)).toEqual([theirs.startRecheck.id]);
    // The supervisor reads every run, city-wide ones included.
    const forSupervisor = await runsOf(supervisor);
    expect(forSupervisor.map((run) => run.id)).toEqual(
      expect.arrayContaining([mine.startRecheck.id, theirs.startRecheck.id]),
    );
    expect(forSupervisor.some((run) => run.site === null)).toBe(true);
  });
});
