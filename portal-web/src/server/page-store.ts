// The last good copy of every rendered page on disk: <hash>.html plus a sidecar <hash>.json with the page's
// key, tags and validators. An index (tag → keys) is rebuilt from the sidecars at start-up so invalidation
// can mark pages stale without scanning. One cache directory belongs to one portal process.
import { createHash, randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

export interface StoredPageMeta {
  key: string;
  status: number;
  etag: string;
  /** Epoch milliseconds. */
  lastModified: number;
  renderedAt: number;
  tags: string[];
  contentType?: string;
  location?: string;
  /** Invalidated since it was rendered: still shown when the backend is down, re-rendered when it is up. */
  stale: boolean;
}

export interface StoredPage {
  meta: StoredPageMeta;
  body: Buffer;
}

export function etagOf(body: Buffer): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"`;
}

/** Writes through a temporary file and a rename, so a crash never leaves half a page. */
export async function writeFileAtomic(file: string, data: string | Buffer): Promise<void> {
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  await writeFile(temporary, data);
  await rename(temporary, file);
}

export class PageStore {
  private readonly pagesDir: string;
  private readonly metas = new Map<string, StoredPageMeta>();
  private readonly keysByTag = new Map<string, Set<string>>();
  /** Disk operations on one key run one after another. */
  private readonly chains = new Map<string, Promise<unknown>>();

  constructor(dir: string) {
    this.pagesDir = path.join(dir, "pages");
  }

  async init(): Promise<void> {
    await mkdir(this.pagesDir, { recursive: true });
    for (const shard of await readdir(this.pagesDir)) {
      const shardDir = path.join(this.pagesDir, shard);
      let files: string[];
      try {
        files = await readdir(shardDir);
      } catch {
        continue;
      }
      for (const file of files) {
        if (file.endsWith(".tmp")) {
          await rm(path.join(shardDir, file), { force: true });
          continue;
        }
        if (!file.endsWith(".json")) continue;
        try {
          const meta = JSON.parse(await readFile(path.join(shardDir, file), "utf8")) as StoredPageMeta;
          if (typeof meta.key === "string" && Array.isArray(meta.tags)) this.remember(meta);
        } catch {
          // An unreadable sidecar only costs that page's last good copy.
        }
      }
    }
  }

  get size(): number {
    return this.metas.size;
  }

  peek(key: string): StoredPageMeta | undefined {
    return this.metas.get(key);
  }

  async read(key: string): Promise<StoredPage | undefined> {
    const meta = this.metas.get(key);
    if (!meta) return undefined;
    return this.serial(key, async () => {
      try {
        const body = await readFile(this.fileOf(key, "html"));
        // A page whose body does not match its sidecar was torn by a crash between the two renames.
        if (etagOf(body) !== meta.etag) return undefined;
        return { meta: { ...meta }, body };
      } catch {
        return undefined;
      }
    });
  }

  async write(meta: StoredPageMeta, body: Buffer): Promise<void> {
    await this.serial(meta.key, async () => {
      await mkdir(path.dirname(this.fileOf(meta.key, "html")), { recursive: true });
      await writeFileAtomic(this.fileOf(meta.key, "html"), body);
      await writeFileAtomic(this.fileOf(meta.key, "json"), JSON.stringify(meta));
      this.remember(meta);
    });
  }

  /** Marks every stored page carrying one of the tags as stale; returns how many were marked. */
  async markStale(tags: readonly string[]): Promise<number> {
    const keys = new Set<string>();
    for (const tag of tags) for (const key of this.keysByTag.get(tag) ?? []) keys.add(key);
    let marked = 0;
    await Promise.all(
      [...keys].map((key) =>
        this.serial(key, async () => {
          const meta = this.metas.get(key);
          if (!meta || meta.stale) return;
          const updated = { ...meta, stale: true };
          await writeFileAtomic(this.fileOf(key, "json"), JSON.stringify(updated));
          this.metas.set(key, updated);
          marked += 1;
        }),
      ),
    );
    return marked;
  }

  /** Deletes the stored copies of every page carrying one of the tags; returns how many were deleted. */
  async remove(tags: readonly string[]): Promise<number> {
    const keys = new Set<string>();
    for (const tag of tags) for (const key of this.keysByTag.get(tag) ?? []) keys.add(key);
    let removed = 0;
    await Promise.all(
      [...keys].map((key) =>
        this.serial(key, async () => {
          const meta = this.metas.get(key);
          if (!meta) return;
          // The sidecar first: without it the body is never read.
          await rm(this.fileOf(key, "json"), { force: true });
          await rm(this.fileOf(key, "html"), { force: true });
          this.forget(meta);
          removed += 1;
        }),
      ),
    );
    return removed;
  }

  async flush(): Promise<void> {
    await Promise.allSettled([...this.chains.values()]);
  }

  private forget(meta: StoredPageMeta): void {
    this.metas.delete(meta.key);
    for (const tag of meta.tags) {
      const keys = this.keysByTag.get(tag);
      keys?.delete(meta.key);
      if (keys?.size === 0) this.keysByTag.delete(tag);
    }
  }

  private remember(meta: StoredPageMeta): void {
    const previous = this.metas.get(meta.key);
    for (const tag of previous?.tags ?? []) {
      const keys = this.keysByTag.get(tag);
      keys?.delete(meta.key);
      if (keys?.size === 0) this.keysByTag.delete(tag);
    }
    this.metas.set(meta.key, meta);
    for (const tag of meta.tags) {
      let keys = this.keysByTag.get(tag);
      if (!keys) {
        keys = new Set();
        this.keysByTag.set(tag, keys);
      }
      keys.add(meta.key);
    }
  }

  private fileOf(key: string, extension: "html" | "json"): string {
    const hash = createHash("sha256").update(key).digest("hex");
    return path.join(this.pagesDir, hash.slice(0, 2), `${hash}.${extension}`);
  }

  private serial<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.chains.get(key) ?? Promise.resolve();
    const next = previous.then(work, work);
    const settled = next.catch(() => {});
    this.chains.set(key, settled);
    void settled.then(() => {
      if (this.chains.get(key) === settled) this.chains.delete(key);
    });
    return next;
  }
}
