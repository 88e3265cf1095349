import { describe, expect, it } from "vitest";
import type { Caller } from "../access/caller";
import { visibleText } from "../validation";
import { MAX_TOKEN_LIFETIME_MS, RevocationList } from "./revocation";

const staff = (userId: string, issuedAt?: number): Caller => ({
  kind: "staff",
  userId,
  username: "u",
  displayName: "u",
  unitId: null,
  grants: [],
  issuedAt,
});

describe("RevocationList", () => {
  it("refuses tokens issued before validAfter, keeps those issued at or after it, and forgets old entries", async () => {
    let now = Date.parse("2026-12-03T10:00:00.500Z");
    const list = new RevocationList(() => now);
    list.add("a", new Date(now).toISOString());
    expect(list.isRevoked(staff("a", (now - 1) / 1000))).toBe(true);
    expect(list.isRevoked(staff("a", now / 1000))).toBe(false);
    expect(list.isRevoked(staff("a", (now + 1) / 1000))).toBe(false);
    // a token without iat cannot prove it is newer
    expect(list.isRevoked(staff("a"))).toBe(true);
    expect(list.isRevoked(staff("b", (now - 1) / 1000))).toBe(false);
    // an older announcement never loosens a newer one
    list.add("a", new Date(now - 60_000).toISOString());
    expect(list.isRevoked(staff("a", (now - 1) / 1000))).toBe(true);

    const guarded = list.guard(async () => staff("a", (now - 5) / 1000));
    await expect(guarded("Bearer x")).rejects.toMatchObject({ message: "权限已变更，请重新登录" });

    now += MAX_TOKEN_LIFETIME_MS + 1;
    list.prune();
    expect(list.size).toBe(0);
  });

  it("seeds from a source, retrying until it answers", async () => {
    const list = new RevocationList();
    let calls = 0;
    const stop = list.seed(async () => {
      calls += 1;
      if (calls === 1) throw new Error("identity not up");
      return [{ subjectId: "a", validAfter: new Date().toISOString() }];
    }, 10);
    await expect.poll(() => list.size).toBe(1);
    stop();
    expect(calls).toBe(2);
  });
});

describe("visibleText", () => {
  it("strips invisible and format characters, then checks the length", () => {
    const name = visibleText(1, 5, "名称");
    expect(name.parse(" 市\u200B妇联\uFEFF ")).toBe("市妇联");
    expect(name.safeParse("\u200B\u202E\u2060").error?.issues[0]?.message).toBe("名称不能为空");
    expect(name.safeParse("一二三四五六").error?.issues[0]?.message).toBe("名称不能超过 5 个字");
  });
});
