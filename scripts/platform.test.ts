import { describe, expect, it } from "vitest";
import { parsePortOffset, RestartBackoff, resolvePorts } from "./platform";

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

describe("resolvePorts", () => {
  it("gives each process its default port plus the offset", () => {
    expect(resolvePorts(0)).toEqual({
      portal: 3000,
      admin: 3001,
      gateway: 4000,
      identity: 4001,
      content: 4002,
      interaction: 4003,
      supervision: 4004,
      evaluation: 4005,
    });
    expect(resolvePorts(100, {})).toMatchObject({
      portal: 3100,
      admin: 3101,
      gateway: 4100,
      evaluation: 4105,
    });
  });

  it("keeps a port set in the environment, whatever the offset", () => {
    const ports = resolvePorts(100, { PORTAL_PORT: "8080", GATEWAY_PORT: " 9000 ", ADMIN_PORT: "" });
    expect(ports).toMatchObject({ portal: 8080, gateway: 9000, admin: 3101, identity: 4101 });
  });

  it("refuses a port that is no port, and two processes on one port", () => {
    expect(() => resolvePorts(0, { PORTAL_PORT: "abc" })).toThrow("PORTAL_PORT 不是有效端口");
    expect(() => resolvePorts(0, { PORTAL_PORT: "70000" })).toThrow("PORTAL_PORT");
    expect(() => resolvePorts(0, { CONTENT_PORT: "0" })).toThrow("CONTENT_PORT");
    expect(() => resolvePorts(0, { ADMIN_PORT: "3000" })).toThrow(
      "PORTAL_PORT 与 ADMIN_PORT 是同一个端口：3000",
    );
  });
});

describe("parsePortOffset", () => {
  it("reads JIYUE_PORT_OFFSET: 0 when unset, a whole number otherwise", () => {
    expect(parsePortOffset(undefined)).toBe(0);
    expect(parsePortOffset("")).toBe(0);
    expect(parsePortOffset("100")).toBe(100);
    expect(() => parsePortOffset("-1")).toThrow("JIYUE_PORT_OFFSET");
    expect(() => parsePortOffset("1.5")).toThrow("JIYUE_PORT_OFFSET");
    expect(() => parsePortOffset("70000")).toThrow("JIYUE_PORT_OFFSET");
  });
});
