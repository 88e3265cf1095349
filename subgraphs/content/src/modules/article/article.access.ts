// Loading an article for an action: it exists, it is not in the recycle bin, and the caller may act in its site.
import {
  type Action,
  assertCan,
  type Caller,
  type DirectoryLoaders,
  notFound,
  type Scope,
  type StaffCaller,
} from "@jiyue/server-kit";
import type { ArticleLoaders } from "./article.loaders";
import type { ArticleRow } from "./article.sql";

export class ArticleAccess {
  constructor(
    private readonly loaders: ArticleLoaders,
    private readonly directory: DirectoryLoaders,
    readonly caller: Caller,
  ) {}

  async siteScope(siteId: string): Promise<Scope & { kind: "site" }> {
    const scope = await this.directory.siteScope(siteId);
    if (scope?.kind !== "site") throw notFound("站点", siteId);
    return scope;
  }

  /** The article and its site scope; NOT_FOUND for unknown or deleted articles, FORBIDDEN without `action`. */
  async require(
    id: string,
    action: Action | null,
    /** Whether the article must be in the recycle bin (true), out of it (false, default) or either ("any"). */
    options: { deleted?: boolean | "any" } = {},
  ): Promise<{ article: ArticleRow; scope: Scope & { kind: "site" }; caller: StaffCaller }> {
    const article = await this.loaders.articleById.load(id);
    if (!article || (options.deleted !== "any" && !!article.deletedAt !== !!options.deleted))
      throw notFound("稿件", id);
    const scope = await this.siteScope(article.siteId);
    assertCan(this.caller, action ?? "article.read", scope);
    return { article, scope, caller: this.caller as StaffCaller };
  }
}
