// The only place with SQL for mailboxes.
import { and, asc, eq, inArray, isNull, or } from "drizzle-orm";
import type { InteractionDb } from "../../context";
import { letters, siteRef, unitRef } from "../../db/schema";
import { type MailboxRow, mailboxes, type NewMailboxRow } from "./mailbox.sql";

type Executor = Pick<InteractionDb, "select" | "insert" | "update" | "delete">;

export interface UnitRefRow {
  unitId: string;
  name: string;
}

export class MailboxRepository {
  constructor(private readonly db: Executor) {}

  byIds(ids: readonly string[]): Promise<MailboxRow[]> {
    return this.db
      .select()
      .from(mailboxes)
      .where(inArray(mailboxes.id, [...ids]));
  }

  /**
   * Public mailboxes shown on each of many sites: the site's unit (from the directory projection) owns them,
   * and a mailbox is either unit-wide (site_id null) or bound to that very site.
   */
  async publicForSites(siteIds: readonly string[]): Promise<(MailboxRow & { forSiteId: string })[]> {
    const rows = await this.db
      .select({ mailbox: mailboxes, forSiteId: siteRef.siteId })
      .from(siteRef)
      .innerJoin(mailboxes, eq(mailboxes.unitId, siteRef.unitId))
      .where(
        and(
          inArray(siteRef.siteId, [...siteIds]),
          eq(mailboxes.isPublic, true),
          or(isNull(mailboxes.siteId), eq(mailboxes.siteId, siteRef.siteId)),
        ),
      )
      .orderBy(asc(mailboxes.sortOrder), asc(mailboxes.createdAt));
    return rows.map((row) => ({ ...row.mailbox, forSiteId: row.forSiteId }));
  }

  /** Every mailbox of a unit, public or not, unit-wide or bound to one site, in display order. */
  forUnit(unitId: string): Promise<MailboxRow[]> {
    return this.db
      .select()
      .from(mailboxes)
      .where(eq(mailboxes.unitId, unitId))
      .orderBy(asc(mailboxes.sortOrder), asc(mailboxes.createdAt), asc(mailboxes.id));
  }

  unitRefs(unitIds: readonly string[]): Promise<UnitRefRow[]> {
    return this.db
      .select({ unitId: unitRef.unitId, name: unitRef.name })
      .from(unitRef)
      .where(inArray(unitRef.unitId, [...unitIds]));
  }

  async insert(row: NewMailboxRow): Promise<MailboxRow> {
    const [inserted] = await this.db.insert(mailboxes).values(row).returning();
    if (!inserted) throw new Error("mailbox insert returned nothing");
    return inserted;
  }

  /** Inserts the unit's default mailbox unless it already has one (or one of that name); returns it if new. */
  async insertDefault(row: NewMailboxRow): Promise<MailboxRow | undefined> {
    const [inserted] = await this.db
      .insert(mailboxes)
      .values({ ...row, isDefault: true })
      .onConflictDoNothing()
      .returning();
    return inserted;
  }

  /** Inserts the city's one-window mailbox unless one exists. */
  async insertOneWindow(row: NewMailboxRow): Promise<MailboxRow | undefined> {
    const [inserted] = await this.db
      .insert(mailboxes)
      .values({ ...row, isOneWindow: true })
      .onConflictDoNothing()
      .returning();
    return inserted;
  }

  async oneWindow(): Promise<MailboxRow | undefined> {
    const [row] = await this.db.select().from(mailboxes).where(eq(mailboxes.isOneWindow, true));
    return row;
  }

  async update(id: string, changes: Partial<NewMailboxRow>): Promise<MailboxRow | undefined> {
    const [row] = await this.db
      .update(mailboxes)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(mailboxes.id, id))
      .returning();
    return row;
  }

  /** Whether any letter was written to the mailbox (letters keep pointing at their mailbox for good). */
  async hasLetters(id: string): Promise<boolean> {
    const [row] = await this.db
      .select({ id: letters.id })
      .from(letters)
      .where(eq(letters.mailboxId, id))
      .limit(1);
    return !!row;
  }

  async delete(id: string): Promise<void> {
    await this.db.delete(mailboxes).where(eq(mailboxes.id, id));
  }
}
