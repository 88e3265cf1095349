// Integration: 热点问题 through the graph — recent letters clustered by similarity with counts, keywords and
// masked sample titles, over the letters the caller may see (a unit's dispatcher only their unit's letters),
// for dispatchers and supervisors only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeOf, type LetterWorld, startLetterWorld } from "./testkit/letters";

let world: LetterWorld;
beforeAll(async () => {
  world = await startLetterWorld();
});
afterAll(async () => world?.stop());

const HOT = `query($days: Int, $minSize: Int) { letterHotTopics(days: $days, minSize: $minSize) {
  label keywords count sampleTitles letters { id } first last
} }`;

interface Topic {
  label: string;
  keywords: string[];
  count: number;
  sampleTitles: string[];
  letters: { id: string }[];
  first: string;
  last: string;
}

const PARKING = [
  [
    "锦绣花园小区停车位收费过高",
    "锦绣花园小区物业把地下停车位月租从三百元涨到六百元，停车位收费过高，业主无法接受。",
  ],
  [
    "锦绣花园停车位乱收费，电话13812345678",
    "锦绣花园小区物业擅自上调地下停车位收费，停车位月租翻倍，请相关部门查处乱收费。",
  ],
  [
    "反映锦绣花园小区停车位收费问题",
    "我是锦绣花园小区业主，物业地下停车位收费从三百涨到六百，停车位收费不合理。",
  ],
  ["锦绣花园物业停车位收费翻倍", "锦绣花园小区地下停车位月租被物业涨到六百元，停车位收费过高，请求核查。"],
];
const BUS = [
  [
    "建议恢复218路公交线路",
    "218路公交线路调整后不再经过幸福路站，附近居民出行不便，建议恢复218路公交原线路。",
  ],
  ["218路公交改线后出行不便", "218路公交线路调整取消了幸福路站，老人上下班出行不便，希望恢复218路公交线路。"],
  ["关于218路公交线路调整的意见", "218路公交调整线路后幸福路站被取消，居民出行不便，请恢复218路公交线路。"],
];
const OTHER = [
  ["学校门口早高峰拥堵", "实验小学门口早高峰家长接送车辆乱停，造成严重拥堵，建议交警加强疏导。"],
  ["菜市场油烟扰民", "东门菜市场熟食摊位油烟直排，影响周边居民生活，请环保部门处理。"],
];

const ids: Record<"parking" | "bus" | "other", string[]> = { parking: [], bus: [], other: [] };

async function seed(kind: keyof typeof ids, letters: string[][], unitId: string, token: string) {
  for (const [title, content] of letters) {
    const { letter } = await world.submit(token, { title, content });
    await world.step("acceptLetter", { id: letter.id }, world.tokens.dispatcher);
    await world.step("assignLetter", { id: letter.id, unitId }, world.tokens.dispatcher);
    ids[kind].push(letter.id);
  }
}

async function hot(token: string, minSize = 3): Promise<Topic[]> {
  return (await world.ok<{ letterHotTopics: Topic[] }>(HOT, { days: 30, minSize }, token)).letterHotTopics;
}

const members = (topic: Topic | undefined) => (topic?.letters.map((letter) => letter.id) ?? []).sort();

describe("热点问题", () => {
  beforeAll(async () => {
    const { tokens, units } = world;
    await seed("parking", PARKING, units.unitC, tokens.citizen1);
    await seed("bus", BUS, units.unitA, tokens.citizen2);
    await seed("other", OTHER, units.unitA, tokens.citizen1);
  });

  it("clusters the visible letters of the window, largest topic first, with keywords and masked samples", async () => {
    const topics = await hot(world.tokens.dispatcher);
    expect(topics.map((topic) => topic.count)).toEqual([4, 3]);
    const [parking, bus] = topics;
    expect(members(parking)).toEqual([...ids.parking].sort());
    expect(members(bus)).toEqual([...ids.bus].sort());
    expect(parking?.keywords.join("")).toMatch(/停车/);
    expect(bus?.keywords.join("")).toMatch(/公交|218/);
    expect(parking?.sampleTitles).toHaveLength(4);
    expect(JSON.stringify(topics)).not.toContain("13812345678");
    // Unrelated letters are no topic; with two letters a topic, they still do not join the others.
    const loose = (await hot(world.tokens.dispatcher, 2)).flatMap((topic) => topic.letters.map((l) => l.id));
    for (const id of ids.other) expect(loose).not.toContain(id);
    // City supervisors see the same topics.
    expect((await hot(world.tokens.supervisor)).map((topic) => topic.count)).toEqual([4, 3]);
  });

  it("shows a unit's dispatcher only topics of its own letters, and nothing to handlers or citizens", async () => {
    const { tokens } = world;
    const ofC = await hot(tokens.dispatcherC);
    expect(ofC.map((topic) => topic.count)).toEqual([4]);
    expect(members(ofC[0])).toEqual([...ids.parking].sort());
    expect(codeOf(await world.graphql(HOT, {}, tokens.handlerA))).toBe("FORBIDDEN");
    expect(codeOf(await world.graphql(HOT, {}, tokens.citizen1))).toBe("FORBIDDEN");
    expect(codeOf(await world.graphql(HOT, {}))).toBe("UNAUTHENTICATED");
    expect(codeOf(await world.graphql(HOT, { days: 0 }, tokens.dispatcher))).toBe("BAD_USER_INPUT");
  });
});
