// The only place with SQL for solicitation campaigns, their submissions and the minimum-period settings.
import {
  and,
  arrayContains,
  asc,
  count,
  desc,
  eq,
  gte,
  inArray,
  isNotNull,
  isNull,
  lte,
  ne,
  or,
  type SQL,
} from "drizzle-orm";
import type { InteractionDb } from "../../context";
import {
  type Adoption,
  type NewSolicitationRow,
  type NewSubmissionRow,
  type SolicitationRow,
  type SolicitationStatus,
  type SubmissionRow,
  solicitationSettings,
  solicitationSubmissions,
  solicitations,
} from "./solicitation.sql";

export type Executor = Pick<InteractionDb, "select" | "insert" | "update" | "delete">;

/** Which campaigns a staff member sees: all (city-wide), or those of the listed units. */
export interface SolicitationVisibility {
  all: boolean;
  unitIds: string[];
}

export interface SubmissionFilter {
  adoption?: Adoption[];
  reviewed?: boolean;
  held?: boolean;
}

export class SolicitationRepository {
  constructor(private readonly db: Executor) {}

  byIds(ids: readonly string[]): Promise<SolicitationRow[]> {
    return this.db
      .select()
      .from(solicitations)
      .where(inArray(solicitations.id, [...ids]));
  }

  /** Locks the campaign: its transitions, and submissions counting against it, run one after the other. */
  async lock(id: string): Promise<SolicitationRow | undefined> {
    const [row] = await this.db.select().from(solicitations).where(eq(solicitations.id, id)).for("update");
    return row;
  }

  async insert(row: NewSolicitationRow): Promise<SolicitationRow> {
    const [inserted] = await this.db.insert(solicitations).values(row).returning();
    if (!inserted) throw new Error("insert returned nothing");
    return inserted;
  }

  async update(
    id: string,
    version: number,
    changes: Partial<NewSolicitationRow>,
  ): Promise<SolicitationRow | undefined> {
    const [row] = await this.db
      .update(solicitations)
      .set({ ...changes, version: version + 1, updatedAt: new Date() })
      .where(and(eq(solicitations.id, id), eq(solicitations.version, version)))
      .returning();
    return row;
  }

  async list(
    visibility: SolicitationVisibility,
    filter: { unitId?: string; status?: SolicitationStatus[] },
    page: { first: number; offset: number },
  ): Promise<{ rows: SolicitationRow[]; total: number }> {
    const conditions: SQL[] = [];
    if (!visibility.all) {
      if (!visibility.unitIds.length) return { rows: [], total: 0 };
      conditions.push(inArray(solicitations.unitId, visibility.unitIds));
    }
    if (filter.unitId) conditions.push(eq(solicitations.unitId, filter.unitId));
    if (filter.status?.length) conditions.push(inArray(solicitations.status, filter.status));
    const where = conditions.length ? and(...conditions) : undefined;
    const [rows, [totalRow]] = await Promise.all([
      this.db
        .select()
        .from(solicitations)
        .where(where)
        .orderBy(desc(solicitations.createdAt), asc(solicitations.id))
        .limit(page.first)
        .offset(page.offset),
      this.db.select({ total: count() }).from(solicitations).where(where),
    ]);
    return { rows, total: totalRow?.total ?? 0 };
  }

  /** Campaigns shown on a site's portal: every one targeting the site except drafts, newest start first. */
  async ofSite(siteId: string, page: { first: number; offset: number }) {
    const where = and(arrayContains(solicitations.siteIds, [siteId]), ne(solicitations.status, "draft"));
    const [rows, [totalRow]] = await Promise.all([
      this.db
        .select()
        .from(solicitations)
        .where(where)
        .orderBy(desc(solicitations.startsAt), asc(solicitations.id))
        .limit(page.first)
        .offset(page.offset),
      this.db.select({ total: count() }).from(solicitations).where(where),
    ]);
    return { rows, total: totalRow?.total ?? 0 };
  }

  /**
   * Opened campaigns whose start or end the clock has reached without its event yet, locked (SKIP LOCKED: two
   * instances sweeping at once share the work instead of announcing twice).
   */
  dueBoundaries(now: Date): Promise<SolicitationRow[]> {
    return this.db
      .select()
      .from(solicitations)
      .where(
        and(
          eq(solicitations.status, "open"),
          or(
            and(lte(solicitations.startsAt, now), isNull(solicitations.startAnnouncedAt)),
            and(lte(solicitations.endsAt, now), isNull(solicitations.endAnnouncedAt)),
          ),
        ),
      )
      .orderBy(asc(solicitations.startsAt))
      .limit(100)
      .for("update", { skipLocked: true });
  }

  async markAnnounced(
    id: string,
    changes: { startAnnouncedAt?: Date; endAnnouncedAt?: Date },
  ): Promise<void> {
    await this.db.update(solicitations).set(changes).where(eq(solicitations.id, id));
  }

  // ── submissions ──────────────────────────────────────────────────────────────────────────────────

  submissionsByIds(ids: readonly string[]): Promise<SubmissionRow[]> {
    return this.db
      .select()
      .from(solicitationSubmissions)
      .where(inArray(solicitationSubmissions.id, [...ids]));
  }

  async lockSubmission(id: string): Promise<SubmissionRow | undefined> {
    const [row] = await this.db
      .select()
      .from(solicitationSubmissions)
      .where(eq(solicitationSubmissions.id, id))
      .for("update");
    return row;
  }

  async submissionByIdempotencyKey(key: string): Promise<SubmissionRow | undefined> {
    const [row] = await this.db
      .select()
      .from(solicitationSubmissions)
      .where(eq(solicitationSubmissions.idempotencyKey, key));
    return row;
  }

  /** Inserts unless the idempotency key is taken (a parallel retry); then returns nothing. */
  async insertSubmission(row: NewSubmissionRow): Promise<SubmissionRow | undefined> {
    const [inserted] = await this.db
      .insert(solicitationSubmissions)
      .values(row)
      .onConflictDoNothing()
      .returning();
    return inserted;
  }

  async updateSubmission(id: string, changes: Partial<NewSubmissionRow>): Promise<SubmissionRow> {
    const [row] = await this.db
      .update(solicitationSubmissions)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(solicitationSubmissions.id, id))
      .returning();
    if (!row) throw new Error("submission vanished");
    return row;
  }

  private submissionWhere(solicitationId: string, filter: SubmissionFilter): SQL | undefined {
    return and(
      eq(solicitationSubmissions.solicitationId, solicitationId),
      filter.adoption?.length ? inArray(solicitationSubmissions.adoption, filter.adoption) : undefined,
      filter.reviewed === true ? isNotNull(solicitationSubmissions.adoption) : undefined,
      filter.reviewed === false ? isNull(solicitationSubmissions.adoption) : undefined,
      filter.held !== undefined ? eq(solicitationSubmissions.held, filter.held) : undefined,
    );
  }

  async submissions(
    solicitationId: string,
    filter: SubmissionFilter,
    page: { first: number; offset: number },
  ): Promise<{ rows: SubmissionRow[]; total: number }> {
    const where = this.submissionWhere(solicitationId, filter);
    const [rows, [totalRow]] = await Promise.all([
      this.db
        .select()
        .from(solicitationSubmissions)
        .where(where)
        .orderBy(asc(solicitationSubmissions.createdAt), asc(solicitationSubmissions.id))
        .limit(page.first)
        .offset(page.offset),
      this.db.select({ total: count() }).from(solicitationSubmissions).where(where),
    ]);
    return { rows, total: totalRow?.total ?? 0 };
  }

  /** Every submission of a campaign, oldest first (export, feedback counts, answer statistics). */
  allSubmissions(solicitationId: string): Promise<SubmissionRow[]> {
    return this.db
      .select()
      .from(solicitationSubmissions)
      .where(eq(solicitationSubmissions.solicitationId, solicitationId))
      .orderBy(asc(solicitationSubmissions.createdAt), asc(solicitationSubmissions.id));
  }

  /** Submission counts per campaign (for lists: one statement for the page). */
  async countsBySolicitation(ids: readonly string[]): Promise<{ solicitationId: string; n: number }[]> {
    return this.db
      .select({ solicitationId: solicitationSubmissions.solicitationId, n: count() })
      .from(solicitationSubmissions)
      .where(inArray(solicitationSubmissions.solicitationId, [...ids]))
      .groupBy(solicitationSubmissions.solicitationId);
  }

  byCitizen(citizenId: string): Promise<SubmissionRow[]> {
    return this.db
      .select()
      .from(solicitationSubmissions)
      .where(eq(solicitationSubmissions.citizenId, citizenId))
      .orderBy(desc(solicitationSubmissions.createdAt));
  }

  /** Recent submissions to one campaign by a citizen or from an address (the rate limit). */
  async recentCount(
    solicitationId: string,
    by: { citizenId: string } | { address: string },
    since: Date,
  ): Promise<number> {
    const who =
      "citizenId" in by
        ? eq(solicitationSubmissions.citizenId, by.citizenId)
        : eq(solicitationSubmissions.address, by.address);
    const [row] = await this.db
      .select({ n: count() })
      .from(solicitationSubmissions)
      .where(
        and(
          eq(solicitationSubmissions.solicitationId, solicitationId),
          who,
          gte(solicitationSubmissions.createdAt, since),
        ),
      );
    return row?.n ?? 0;
  }

  // ── settings ─────────────────────────────────────────────────────────────────────────────────────

  async settings(scopes: string[]): Promise<Map<string, number>> {
    const rows = await this.db
      .select()
      .from(solicitationSettings)
      .where(inArray(solicitationSettings.scope, scopes));
    return new Map(rows.map((row) => [row.scope, row.minOpenDays]));
  }

  async setSetting(scope: string, minOpenDays: number): Promise<void> {
    await this.db
      .insert(solicitationSettings)
      .values({ scope, minOpenDays })
      .onConflictDoUpdate({
        target: solicitationSettings.scope,
        set: { minOpenDays, updatedAt: new Date() },
      });
  }
}
