// The only place with SQL for routing: models, the category → unit mapping, corrections, and the letters
// routing learns from or compares with.
import { and, count, desc, eq, gt, gte, inArray, isNotNull, isNull, max, ne, or } from "drizzle-orm";
import type { Executor } from "../letter/letter.repository";
import { type LetterRow, type LetterStatus, letters } from "../letter/letter.sql";
import {
  type RoutingMappingRow,
  type RoutingModelInfo,
  type RoutingModelRow,
  routingCorrections,
  routingMappings,
  routingModels,
} from "./routing.sql";

/** Letters whose handling is over: their category and final unit are what a dispatcher settled on. */
const HANDLED: LetterStatus[] = ["replied", "rated", "closed"];

const modelInfoColumns = {
  id: routingModels.id,
  version: routingModels.version,
  source: routingModels.source,
  sampleCount: routingModels.sampleCount,
  categoryCounts: routingModels.categoryCounts,
  trainedById: routingModels.trainedById,
  trainedByName: routingModels.trainedByName,
  trainedAt: routingModels.trainedAt,
};

export class RoutingRepository {
  constructor(private readonly db: Executor) {}

  /** The model in use (the newest) without its weights. */
  async latestModelInfo(): Promise<RoutingModelInfo | undefined> {
    const [row] = await this.db
      .select(modelInfoColumns)
      .from(routingModels)
      .orderBy(desc(routingModels.version))
      .limit(1);
    return row;
  }

  async modelByVersion(version: number): Promise<RoutingModelRow | undefined> {
    const [row] = await this.db.select().from(routingModels).where(eq(routingModels.version, version));
    return row;
  }

  /** Stores a model as the next version (the unique version makes a parallel training a CONFLICT). */
  async insertModel(row: Omit<typeof routingModels.$inferInsert, "version">): Promise<RoutingModelInfo> {
    const [last] = await this.db.select({ version: max(routingModels.version) }).from(routingModels);
    const [inserted] = await this.db
      .insert(routingModels)
      .values({ ...row, version: (last?.version ?? 0) + 1 })
      .returning(modelInfoColumns);
    if (!inserted) throw new Error("routing model not stored");
    return inserted;
  }

  mappings(): Promise<RoutingMappingRow[]> {
    return this.db.select().from(routingMappings).orderBy(routingMappings.category);
  }

  async setMapping(
    category: string,
    unitId: string,
    source: "manual" | "trained",
  ): Promise<RoutingMappingRow> {
    const [row] = await this.db
      .insert(routingMappings)
      .values({ category, unitId, source })
      .onConflictDoUpdate({
        target: routingMappings.category,
        set: { unitId, source, updatedAt: new Date() },
      })
      .returning();
    if (!row) throw new Error("routing mapping not stored");
    return row;
  }

  /** Adds mappings for categories that have none (training never overrides a dispatcher's choice). */
  async fillMappings(mapping: Record<string, string>): Promise<RoutingMappingRow[]> {
    const values = Object.entries(mapping).map(([category, unitId]) => ({
      category,
      unitId,
      source: "trained" as const,
    }));
    if (!values.length) return [];
    return this.db.insert(routingMappings).values(values).onConflictDoNothing().returning();
  }

  async deleteMapping(category: string): Promise<RoutingMappingRow | undefined> {
    const [row] = await this.db
      .delete(routingMappings)
      .where(eq(routingMappings.category, category))
      .returning();
    return row;
  }

  /**
   * How often dispatchers chose each unit for each category against the suggestion — counting, for a category a
   * dispatcher mapped by hand, only the corrections made since: a deliberate mapping is not overtaken by history.
   */
  correctionCounts(): Promise<{ category: string; unitId: string; count: number }[]> {
    return this.db
      .select({
        category: routingCorrections.category,
        unitId: routingCorrections.chosenUnitId,
        count: count(),
      })
      .from(routingCorrections)
      .leftJoin(routingMappings, eq(routingMappings.category, routingCorrections.category))
      .where(
        or(
          isNull(routingMappings.category),
          ne(routingMappings.source, "manual"),
          gt(routingCorrections.at, routingMappings.updatedAt),
        ),
      )
      .groupBy(routingCorrections.category, routingCorrections.chosenUnitId);
  }

  async recordCorrection(row: typeof routingCorrections.$inferInsert): Promise<string> {
    const [inserted] = await this.db
      .insert(routingCorrections)
      .values(row)
      .returning({ id: routingCorrections.id });
    if (!inserted) throw new Error("routing correction not stored");
    return inserted.id;
  }

  /** Handled letters with a category: the training set of trainRoutingModel. */
  handledLetters(): Promise<Pick<LetterRow, "title" | "content" | "category" | "ownerUnitId">[]> {
    return this.db
      .select({
        title: letters.title,
        content: letters.content,
        category: letters.category,
        ownerUnitId: letters.ownerUnitId,
      })
      .from(letters)
      .where(and(inArray(letters.status, HANDLED), isNotNull(letters.category)));
  }

  /** Recent letters received by or handled in one of the units, newest first (the duplicate candidates). */
  recentInUnits(unitIds: string[], since: Date, limit: number): Promise<LetterRow[]> {
    return this.db
      .select()
      .from(letters)
      .where(
        and(
          or(inArray(letters.mailboxUnitId, unitIds), inArray(letters.ownerUnitId, unitIds)),
          gte(letters.createdAt, since),
        ),
      )
      .orderBy(desc(letters.createdAt))
      .limit(limit);
  }
}
