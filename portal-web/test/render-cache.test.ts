// The render cache on its own: byte-bounded memory backed by disk, and invalidation racing a render.
import { afterEach, describe, expect, it } from "vitest";
import { RenderCache, type RenderedPage } from "../src/server/render-cache";
import { tempCacheDir } from "./helpers";

const page = (text: string, tags: string[]): RenderedPage => ({
  status: 200,
  html: text.padEnd(1_500, "."),
  tags,
});
const caches: RenderCache[] = [];

async function cache(maxBytes = 1_000_000) {
  const created = new RenderCache({ dir: tempCacheDir(), maxBytes });
  await created.init();
  caches.push(created);
  return created;
}

afterEach(async () => {
  await Promise.all(caches.splice(0).map((created) => created.flush()));
});

describe("render cache", () => {
  it("keeps memory within its byte budget and serves evicted pages from disk without rendering", async () => {
    const renderCache = await cache(4_200);
    for (const key of ["a", "b", "c"]) await renderCache.get(key, async () => page(key, [`tag:${key}`]));
    expect(renderCache.memoryBytes).toBeLessThanOrEqual(4_200);
    expect(renderCache.has("a")).toBe(false);
    expect(renderCache.has("c")).toBe(true);
    const again = await renderCache.get("a", async () => {
      throw new Error("should come from disk");
    });
    expect(again.kind === "fresh" && again.from).toBe("disk");
  });

  it("does not keep as fresh a render that an invalidation overtook", async () => {
    const renderCache = await cache();
    let release: () => void = () => {};
    const pending = renderCache.get("k", async () => {
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      return page("old", ["site:1"]);
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    await renderCache.invalidate(["site:1"]);
    release();
    const first = await pending;
    expect(first.kind).toBe("fresh");
    expect(renderCache.has("k")).toBe(false);
    expect(renderCache.store.peek("k")?.stale).toBe(true);
    const second = await renderCache.get("k", async () => page("new", ["site:1"]));
    expect(second.kind === "fresh" && second.page.body.toString()).toContain("new");
  });

  it("drops only the pages carrying an invalidated tag", async () => {
    const renderCache = await cache();
    await renderCache.get("one", async () => page("one", ["site:1", "channel:9"]));
    await renderCache.get("two", async () => page("two", ["site:2"]));
    await renderCache.invalidate(["channel:9"]);
    expect(renderCache.has("one")).toBe(false);
    expect(renderCache.has("two")).toBe(true);
    expect(renderCache.store.peek("one")?.stale).toBe(true);
    expect(renderCache.store.peek("two")?.stale).toBe(false);
  });
});
