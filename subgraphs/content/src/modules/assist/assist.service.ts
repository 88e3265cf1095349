// Writing assistance: suggested summary and keywords, and near-duplicate warnings across the platform.
import { extractKeywords, hammingDistance, htmlToText, summarize } from "@jiyue/content-text";
import {
  type Caller,
  can,
  type DirectoryLoaders,
  forbidden,
  parseInput,
  requireStaff,
  visibleScope,
} from "@jiyue/server-kit";
import DataLoader from "dataloader";
import type { ContentDb } from "../../context";
import type { ArticleLoaders } from "../article/article.loaders";
import type { ArticleRow } from "../article/article.sql";
import { type LexiconCache, withoutFlagged } from "../textcheck/lexicon-cache";
import { fingerprint } from "./assist.fingerprint";
import { AssistRepository } from "./assist.repository";
import type { NearDuplicateModel, WritingAssistModel } from "./assist.types";
import { suggestInput } from "./assist.validation";

/** At most this many differing bits of 64 count as a near duplicate. */
export const NEAR_DUPLICATE_DISTANCE = 3;
const MAX_DUPLICATES = 10;
const SUMMARY_CHARS = 120;
const KEYWORD_COUNT = 5;

interface Probe {
  hash: bigint;
  /** The article being edited, never its own duplicate. */
  selfId: string | null;
  /** Its origin if it is an accepted copy, else itself: its origin and sibling copies are not duplicates. */
  family: string | null;
}

export class AssistService {
  /** Batches the near-duplicate lookups of one request (a list of articles costs one query). */
  private readonly duplicates = new DataLoader<Probe, NearDuplicateModel[], string>(
    (probes) => this.findDuplicates(probes),
    { cacheKeyFn: (probe) => `${probe.family ?? ""}:${probe.selfId ?? ""}:${probe.hash}` },
  );

  constructor(
    private readonly db: ContentDb,
    private readonly caller: Caller,
    private readonly loaders: ArticleLoaders,
    private readonly directory: DirectoryLoaders,
    /** Suggested keywords go through the lexicon: none the text check would flag. */
    private readonly lexicons: LexiconCache,
  ) {}

  /** Article.writingAssist: from the current revision (the article was loaded through a staff read). */
  async forArticle(article: ArticleRow): Promise<WritingAssistModel> {
    const revision = await this.loaders.revisionById.load(article.currentRevisionId);
    if (!revision) return { suggestedSummary: "", suggestedKeywords: [], nearDuplicates: [] };
    return this.assist(
      revision.title,
      revision.body,
      article.id,
      article.originArticleId ?? article.id,
      article.unitId,
    );
  }

  /** suggestWriting: the editor's unsaved text. */
  async suggest(rawInput: unknown): Promise<WritingAssistModel> {
    const input = parseInput(suggestInput, rawInput);
    const staff = requireStaff(this.caller);
    const scope = visibleScope(staff, "article.write");
    if (!scope.all && scope.siteIds.length === 0 && scope.unitIds.length === 0) throw forbidden();
    return this.assist(input.title, input.body, null, null);
  }

  private async assist(
    title: string,
    bodyHtml: string,
    selfId: string | null,
    family: string | null,
    unitId: string | null = null,
  ): Promise<WritingAssistModel> {
    const text = htmlToText(bodyHtml);
    const hash = fingerprint(title, bodyHtml);
    // Twice as many candidates as shown, so dropping flagged ones still leaves a full list. Unsaved text has
    // no unit yet: the city's lexicon (an unknown unit's) decides.
    const candidates = extractKeywords(`${title}\n${text}`, KEYWORD_COUNT * 2);
    const keywords = withoutFlagged(this.lexicons.forUnit(unitId ?? ""), candidates);
    return {
      suggestedSummary: summarize(text, SUMMARY_CHARS),
      suggestedKeywords: keywords.slice(0, KEYWORD_COUNT),
      nearDuplicates: hash === 0n ? [] : await this.duplicates.load({ hash, selfId, family }),
    };
  }

  private async findDuplicates(probes: readonly Probe[]): Promise<NearDuplicateModel[][]> {
    const repository = new AssistRepository(this.db);
    await repository.backfill();
    const candidates = await repository.candidates(
      probes.map((probe) => probe.hash),
      visibleScope(this.caller, "article.read"),
    );
    const readable = new Map<string, boolean>();
    for (const siteId of new Set(candidates.map((candidate) => candidate.siteId))) {
      const scope = await this.directory.siteScope(siteId);
      readable.set(siteId, !!scope && can(this.caller, "article.read", scope));
    }
    return probes.map((probe) => {
      const best = new Map<string, NearDuplicateModel>();
      for (const candidate of candidates) {
        if (
          candidate.articleId === probe.selfId ||
          candidate.family === probe.family ||
          candidate.simhash === 0n
        )
          continue;
        const distance = hammingDistance(probe.hash, candidate.simhash);
        if (distance > NEAR_DUPLICATE_DISTANCE) continue;
        const similarity = 1 - distance / 64;
        const seen = best.get(candidate.articleId);
        // An article can match with both its live and its draft revision: keep the closer, note if live.
        if (seen && seen.similarity >= similarity) {
          seen.published ||= candidate.published;
          continue;
        }
        best.set(candidate.articleId, {
          articleId: candidate.articleId,
          title: candidate.title,
          siteId: candidate.siteId,
          siteName: candidate.siteName,
          published: candidate.published || !!seen?.published,
          readable: readable.get(candidate.siteId) ?? false,
          similarity,
        });
      }
      return [...best.values()].sort((a, b) => b.similarity - a.similarity).slice(0, MAX_DUPLICATES);
    });
  }
}
