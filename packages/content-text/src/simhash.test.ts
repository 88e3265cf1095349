import { describe, expect, it } from "vitest";
import { ALL_ARTICLES, FLOOD_INSPECTION, FLOOD_MEETING } from "./__fixtures__/news";
import { hammingDistance, isNearDuplicate, simhash } from "./simhash";

// The same meeting report, republished with one sentence rewritten.
const REWRITTEN_SENTENCE = FLOOD_MEETING.replace(
  "要加强监测预警，气象、水利、自然资源等部门要密切会商研判，及时发布预警信息，做到预警到村、到户、到人。",
  "要强化监测预警，应急管理部门要牵头做好值班值守，确保信息畅通。",
);
// …and with one clause reworded and the closing sentence dropped.
const LIGHTLY_EDITED = FLOOD_MEETING.replace("做到预警到村、到户、到人", "确保预警信息直达基层一线").replace(
  "会议还研究了其他事项。",
  "",
);

describe("simhash", () => {
  it("is a stable unsigned 64-bit fingerprint", () => {
    const hash = simhash(FLOOD_MEETING);
    expect(hash).toBe(simhash(FLOOD_MEETING));
    expect(hash).toBeGreaterThan(0n);
    expect(hash < 1n << 64n).toBe(true);
    expect(BigInt.asUintN(64, BigInt.asIntN(64, hash))).toBe(hash);
    expect(simhash("")).toBe(0n);
  });

  it("counts differing bits", () => {
    expect(hammingDistance(0n, 0n)).toBe(0);
    expect(hammingDistance(0b1011n, 0b0010n)).toBe(2);
    expect(hammingDistance(0n, (1n << 64n) - 1n)).toBe(64);
    expect(hammingDistance(-1n, 0n)).toBe(64);
  });
});

describe("isNearDuplicate", () => {
  it("recognises the same article with a changed sentence", () => {
    expect(REWRITTEN_SENTENCE).not.toBe(FLOOD_MEETING);
    expect(isNearDuplicate(FLOOD_MEETING, REWRITTEN_SENTENCE)).toBe(true);
    expect(isNearDuplicate(FLOOD_MEETING, LIGHTLY_EDITED)).toBe(true);
  });

  it("does not confuse two different articles on the same topic", () => {
    expect(isNearDuplicate(FLOOD_MEETING, FLOOD_INSPECTION)).toBe(false);
    expect(hammingDistance(simhash(FLOOD_MEETING), simhash(FLOOD_INSPECTION))).toBeGreaterThan(10);
  });

  it("keeps unrelated articles far apart", () => {
    for (let i = 0; i < ALL_ARTICLES.length; i++) {
      for (let j = i + 1; j < ALL_ARTICLES.length; j++) {
        expect(isNearDuplicate(ALL_ARTICLES[i]!, ALL_ARTICLES[j]!, 6)).toBe(false);
      }
    }
  });

  it("never reports texts without content words as duplicates", () => {
    expect(isNearDuplicate("", "")).toBe(false);
    expect(isNearDuplicate("。。。", "！！")).toBe(false);
  });
});
