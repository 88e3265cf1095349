// Routing help for dispatchers: the category and unit suggestion for a letter (model + category → unit
// mapping refined by corrections), near-duplicate letters in the same units, training from handled letters,
// and the mapping dispatchers edit. Who: letter.dispatch holders (suggestions for the mailbox's unit);
// the city's routing (model, mapping) by city-wide dispatchers, the one-window unit's dispatchers or the
// platform admin.

import { maskPersonalData } from "@jiyue/content-text";
import {
  hotTopics,
  type LetterClassifier,
  LetterIndex,
  letterText,
  RELATED_THRESHOLD,
  UnitRouter,
} from "@jiyue/letter-routing";
import {
  type Action,
  actorOf,
  type Caller,
  CITY,
  can,
  conflict,
  emitEvent,
  forbidden,
  notFound,
  parseInput,
  type RequestInfo,
  unauthenticated,
} from "@jiyue/server-kit";
import type { InteractionDb } from "../../context";
import { canReadLetter, letterVisibility } from "../letter/letter.access";
import type { LetterLoaders } from "../letter/letter.loaders";
import { type Executor, LetterRepository } from "../letter/letter.repository";
import type { LetterRow } from "../letter/letter.sql";
import type { MailboxLoaders } from "../mailbox/mailbox.loaders";
import { MailboxRepository } from "../mailbox/mailbox.repository";
import { classifierOf, saveModel, trainModel } from "./routing.model";
import { RoutingRepository } from "./routing.repository";
import type { RoutingModelInfo } from "./routing.sql";
import type {
  LetterHotTopicView,
  RoutingMappingView,
  RoutingSuggestionView,
  SimilarLetterView,
} from "./routing.types";
import * as v from "./routing.validation";

/** Duplicates are looked for among the units' letters of this many days (at most SIMILAR_POOL of them). */
export const SIMILAR_DAYS = 180;
const SIMILAR_POOL = 2_000;
/** Hot topics cluster at most this many of the newest letters in the window. */
export const HOT_TOPIC_POOL = 5_000;
const HOT_TOPIC_SAMPLES = 5;
const HOT_TOPIC_READERS: readonly Action[] = ["letter.dispatch", "letter.supervise", "supervise.read"];

interface ActiveModel {
  info: RoutingModelInfo;
  classifier: LetterClassifier;
}

export class RoutingService {
  private model: Promise<ActiveModel | null> | undefined;
  private router: Promise<UnitRouter> | undefined;

  constructor(
    private readonly db: InteractionDb,
    private readonly caller: Caller,
    private readonly request: RequestInfo,
    private readonly loaders: LetterLoaders & Pick<MailboxLoaders, "unitRefById">,
    private readonly now: () => Date = () => new Date(),
  ) {}

  // ── suggestions ──────────────────────────────────────────────────────────────────────────────────

  /** For dispatchers of the letter's mailbox unit; null for everybody else. */
  async suggestionFor(letter: LetterRow): Promise<RoutingSuggestionView | null> {
    if (!can(this.caller, "letter.dispatch", { kind: "unit", unitId: letter.mailboxUnitId })) return null;
    return this.suggest(letter);
  }

  /** Related letters (near-duplicates first) among the recent letters of the letter's units, for staff only. */
  async similarTo(letter: LetterRow): Promise<SimilarLetterView[]> {
    if (this.caller.kind !== "staff") return [];
    const since = new Date(this.now().getTime() - SIMILAR_DAYS * 86_400_000);
    const pool = await new RoutingRepository(this.db).recentInUnits(
      [...new Set([letter.mailboxUnitId, letter.ownerUnitId])],
      since,
      SIMILAR_POOL,
    );
    if (!pool.some((row) => row.id === letter.id)) pool.push(letter);
    if (pool.length < 2) return [];
    const byId = new Map(pool.map((row) => [row.id, row]));
    const index = LetterIndex.build(
      pool.map((row) => ({ id: row.id, text: letterText(row.title, row.content) })),
    );
    const found = index.similar(letterText(letter.title, letter.content), {
      threshold: RELATED_THRESHOLD,
      excludeId: letter.id,
      limit: 10,
    });
    const out: SimilarLetterView[] = [];
    for (const { id, similarity } of found) {
      const row = byId.get(id);
      if (row && canReadLetter(this.caller, row, await this.loaders.unitsByLetter.load(id)))
        out.push({ letter: row, similarity });
    }
    return out;
  }

  /**
   * 热点问题 for dispatchers and supervisors: the letters of the last `days` days the caller may see (unit staff
   * only their units' letters, through the same SQL visibility as the letter list), clustered by similarity.
   */
  async hotTopics(rawDays: unknown, rawMinSize: unknown): Promise<LetterHotTopicView[]> {
    if (this.caller.kind === "anonymous") throw unauthenticated();
    if (this.caller.kind !== "staff") throw forbidden();
    const overseer = this.caller.grants.some((grant) =>
      HOT_TOPIC_READERS.some((action) => grant.actions.includes(action)),
    );
    if (!overseer) throw forbidden("仅限分办、督办和监管人员查看热点问题");
    const days = parseInput(v.hotTopicDays, rawDays);
    const minSize = parseInput(v.hotTopicMinSize, rawMinSize);
    const now = this.now();
    const { rows } = await new LetterRepository(this.db).list(
      letterVisibility(this.caller),
      { submittedFrom: new Date(now.getTime() - days * 86_400_000) },
      { first: HOT_TOPIC_POOL, offset: 0 },
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const row of rows) this.loaders.letterById.prime(row.id, row);
    return hotTopics(
      rows.map((row) => ({
        id: row.id,
        title: row.title,
        text: letterText(row.title, row.content),
        time: row.createdAt,
      })),
      { now: new Date(now.getTime() + 1), days, minSize, limit: 30 },
    ).map((topic) => {
      const members = topic.ids.map((id) => byId.get(id) as LetterRow);
      return {
        label: maskPersonalData(topic.label),
        keywords: topic.keywords,
        count: topic.count,
        sampleTitles: members.slice(0, HOT_TOPIC_SAMPLES).map((row) => maskPersonalData(row.title)),
        letters: members,
        first: topic.first,
        last: topic.last,
      };
    });
  }

  /**
   * Inside the assignment's transaction: when the dispatcher chose another unit than suggested for the
   * letter's category (or there was no suggestion), the choice is counted (UnitRouter semantics: the unit
   * chosen most often takes over the category) and announced.
   */
  async recordAssignment(tx: Executor & Pick<InteractionDb, "execute">, letter: LetterRow, unitId: string) {
    const suggestion = await this.suggest(letter);
    if (!suggestion.category || suggestion.unit?.id === unitId) return;
    const correctionId = await new RoutingRepository(tx).recordCorrection({
      letterId: letter.id,
      category: suggestion.category,
      suggestedUnitId: suggestion.unit?.id ?? null,
      chosenUnitId: unitId,
    });
    await emitEvent(tx, "interaction", {
      type: "routing.corrected",
      aggregateType: "routing_correction",
      aggregateId: correctionId,
      siteId: letter.siteId,
      unitId: letter.mailboxUnitId,
      payload: {
        letterId: letter.id,
        category: suggestion.category,
        suggestedUnitId: suggestion.unit?.id ?? null,
        chosenUnitId: unitId,
      },
      actor: actorOf(this.caller, this.request),
    });
  }

  private async suggest(letter: LetterRow): Promise<RoutingSuggestionView> {
    const [model, router] = await Promise.all([this.activeModel(), this.unitRouter()]);
    const categories = model ? model.classifier.predict(letterText(letter.title, letter.content), 3) : [];
    // Without a model, the category the citizen chose is all there is to go by.
    const category = categories[0]?.category ?? letter.category ?? null;
    const unit = category ? router.suggestUnit(category) : undefined;
    const unitConfidence =
      model && unit
        ? categories
            .filter((guess) => router.suggestUnit(guess.category)?.unitId === unit.unitId)
            .reduce((sum, guess) => sum + guess.confidence, 0)
        : null;
    return {
      modelVersion: model?.info.version ?? null,
      categories,
      category,
      unit: unit ? { id: unit.unitId } : null,
      unitConfidence,
      unitSource: unit ? (unit.source === "corrections" ? "CORRECTIONS" : "CONFIGURED") : null,
    };
  }

  private activeModel(): Promise<ActiveModel | null> {
    this.model ??= (async () => {
      const info = await new RoutingRepository(this.db).latestModelInfo();
      if (!info) return null;
      const classifier = await classifierOf(this.db, info.version);
      return classifier ? { info, classifier } : null;
    })();
    return this.model;
  }

  private unitRouter(): Promise<UnitRouter> {
    this.router ??= (async () => {
      const repository = new RoutingRepository(this.db);
      const [mappings, corrections] = await Promise.all([
        repository.mappings(),
        repository.correctionCounts(),
      ]);
      const router = new UnitRouter(Object.fromEntries(mappings.map((row) => [row.category, row.unitId])));
      for (const { category, unitId, count } of corrections)
        for (let i = 0; i < count; i++) router.recordCorrection(category, unitId);
      return router;
    })();
    return this.router;
  }

  // ── model and mapping ────────────────────────────────────────────────────────────────────────────

  async modelInfo(): Promise<RoutingModelInfo | null> {
    await this.requireReader();
    return (await new RoutingRepository(this.db).latestModelInfo()) ?? null;
  }

  /** Trains on handled letters (category + final unit); refuses with counts when there are too few. */
  async train(rawMinSamples: unknown): Promise<RoutingModelInfo> {
    await this.requireManager();
    const minSamples = parseInput(v.minSamples, rawMinSamples);
    const handled = await new RoutingRepository(this.db).handledLetters();
    const examples = handled.map((row) => ({
      text: letterText(row.title, row.content),
      category: row.category as string,
    }));
    const categories = new Set(examples.map((example) => example.category));
    if (examples.length < minSamples || categories.size < 2)
      throw conflict(
        `已办结且有类别的信件只有 ${examples.length} 封（${categories.size} 个类别），至少需要 ${minSamples} 封、2 个类别才能训练`,
        { reason: "NOT_ENOUGH_SAMPLES", samples: examples.length, categories: categories.size, minSamples },
      );
    // The unit that handled most letters of a category fills the mapping where dispatchers set none.
    const units = new Map<string, Map<string, number>>();
    for (const row of handled) {
      const counts = units.get(row.category as string) ?? new Map<string, number>();
      counts.set(row.ownerUnitId, (counts.get(row.ownerUnitId) ?? 0) + 1);
      units.set(row.category as string, counts);
    }
    const mapping: Record<string, string> = {};
    for (const [category, counts] of units)
      mapping[category] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] as string;
    return saveModel(this.db, trainModel(examples), "letters", actorOf(this.caller, this.request), mapping);
  }

  async mappings(): Promise<RoutingMappingView[]> {
    await this.requireReader();
    const repository = new RoutingRepository(this.db);
    const [rows, corrections] = await Promise.all([repository.mappings(), repository.correctionCounts()]);
    return rows.map((row) => ({
      category: row.category,
      unit: { id: row.unitId },
      source: row.source === "trained" ? "TRAINED" : "MANUAL",
      corrections: corrections
        .filter((c) => c.category === row.category)
        .sort((a, b) => b.count - a.count)
        .map((c) => ({ unit: { id: c.unitId }, count: c.count })),
      updatedAt: row.updatedAt,
    }));
  }

  async setMapping(rawCategory: unknown, rawUnitId: unknown): Promise<RoutingMappingView | null> {
    await this.requireManager();
    const category = parseInput(v.category, rawCategory);
    const unitId = parseInput(v.optionalUnitId, rawUnitId);
    if (unitId && !(await this.loaders.unitRefById.load(unitId))) throw notFound("单位", unitId);
    const actor = actorOf(this.caller, this.request);
    const row = await this.db.transaction(async (tx) => {
      const repository = new RoutingRepository(tx);
      const changed = unitId
        ? await repository.setMapping(category, unitId, "manual")
        : await repository.deleteMapping(category);
      if (!changed) return null;
      await emitEvent(tx, "interaction", {
        type: unitId ? "routing.mapping_set" : "routing.mapping_removed",
        aggregateType: "routing_mapping",
        aggregateId: category,
        siteId: null,
        unitId: unitId ?? changed.unitId,
        payload: { category, unitId: unitId ?? null, previousUnitId: unitId ? null : changed.unitId },
        actor,
      });
      return changed;
    });
    this.router = undefined;
    if (!row || !unitId) return null;
    return (await this.mappings()).find((view) => view.category === row.category) ?? null;
  }

  /** Any dispatcher (or the platform admin) may see the model and the mapping. */
  private async requireReader(): Promise<void> {
    if (this.caller.kind === "anonymous") throw unauthenticated();
    if (this.caller.kind !== "staff") throw forbidden();
    const dispatcher = this.caller.grants.some((grant) => grant.actions.includes("letter.dispatch"));
    if (!dispatcher && !can(this.caller, "unit.manage", CITY)) throw forbidden("仅限分办人员");
  }

  /** The city's routing: city-wide dispatchers, the one-window unit's dispatchers, the platform admin. */
  private async requireManager(): Promise<void> {
    if (this.caller.kind === "anonymous") throw unauthenticated();
    if (can(this.caller, "letter.dispatch", CITY) || can(this.caller, "unit.manage", CITY)) return;
    const oneWindow = await new MailboxRepository(this.db).oneWindow();
    if (oneWindow && can(this.caller, "letter.dispatch", { kind: "unit", unitId: oneWindow.unitId })) return;
    throw forbidden("仅限市级或统一窗口的分办人员、系统管理员");
  }
}
