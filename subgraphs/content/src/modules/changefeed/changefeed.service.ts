// The third-party change feed: what was published, updated or withdrawn since a cursor, in the caller's sites.
import {
  assertCan,
  type Caller,
  type DirectoryLoaders,
  forbidden,
  notFound,
  parseInput,
  unauthenticated,
  visibleScope,
} from "@jiyue/server-kit";
import type { ContentDb } from "../../context";
import { decodeCursor, encodeCursor } from "./changefeed.cursor";
import { ChangefeedRepository, type FeedScope } from "./changefeed.repository";
import type { PublishedChangePageModel } from "./changefeed.types";
import { changesInput } from "./changefeed.validation";

const DEFAULT_LIMIT = 100;

export class ChangefeedService {
  constructor(
    private readonly db: ContentDb,
    private readonly caller: Caller,
    private readonly directory: DirectoryLoaders,
  ) {}

  /** API clients: their sites (all of them by default); staff: sites where they may read articles. */
  async changes(rawInput: unknown): Promise<PublishedChangePageModel> {
    const input = parseInput(changesInput, rawInput);
    const scope = await this.scope(input.siteIds ?? null);
    const afterSeq = decodeCursor(input.after);
    const limit = input.limit ?? DEFAULT_LIMIT;
    const rows = await new ChangefeedRepository(this.db).page(scope, afterSeq, limit);
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return {
      items,
      endCursor: last ? encodeCursor(last.seq) : afterSeq > 0 ? encodeCursor(afterSeq) : null,
      hasMore: rows.length > limit,
    };
  }

  private async scope(siteIds: string[] | null): Promise<FeedScope> {
    const caller = this.caller;
    if (caller.kind === "anonymous") throw unauthenticated();
    if (caller.kind === "client") {
      if (!siteIds) return { all: false, siteIds: caller.siteIds, unitIds: [] };
      if (siteIds.some((id) => !caller.siteIds.includes(id))) throw forbidden("该客户端无权读取此站点的内容");
      return { all: false, siteIds, unitIds: [] };
    }
    if (caller.kind !== "staff") throw forbidden();
    if (!siteIds) return visibleScope(caller, "article.read");
    for (const siteId of siteIds) {
      const scope = await this.directory.siteScope(siteId);
      if (scope?.kind !== "site") throw notFound("站点", siteId);
      assertCan(caller, "article.read", scope);
    }
    return { all: false, siteIds, unitIds: [] };
  }
}
