import { describe, expect, it } from "vitest";
import { RestartBackoff } from "./platform";

describe("RestartBackoff", () => {
  it("doubles the delay of a crash loop from 1 s up to 30 s", () => {
    const backoff = new RestartBackoff();
    const delays = Array.from({ length: 8 }, () => backoff.next(500));
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  });

  it("starts again at 1 s after a run that lasted a minute", () => {
    const backoff = new RestartBackoff();
    backoff.next(100);
    backoff.next(100);
    expect(backoff.next(59_000)).toBe(4_000);
    expect(backoff.next(60_000)).toBe(1_000);
    expect(backoff.next(100)).toBe(2_000);
  });
});
