// SQL of the demo seed: where the demo content goes (the site and its unit's mailbox, from the projections) and
// whether a piece of it is already there, so a second start leaves the data alone.
import { and, asc, eq, isNull } from "drizzle-orm";
import type { InteractionDb } from "../context";
import { siteRef } from "../db/schema";
import { knowledgeEntries } from "../modules/knowledge/knowledge.sql";
import { type MailboxRow, mailboxes } from "../modules/mailbox/mailbox.sql";
import { solicitations } from "../modules/solicitation/solicitation.sql";

type Executor = Pick<InteractionDb, "select">;

export class DemoSeedRepository {
  constructor(private readonly db: Executor) {}

  async siteByCode(code: string): Promise<{ siteId: string; unitId: string } | undefined> {
    const [row] = await this.db
      .select({ siteId: siteRef.siteId, unitId: siteRef.unitId })
      .from(siteRef)
      .where(eq(siteRef.code, code));
    return row;
  }

  /** The unit's own unit-wide mailbox (the default one made from unit.created, the oldest), not the 统一窗口. */
  async unitMailbox(unitId: string): Promise<MailboxRow | undefined> {
    const [row] = await this.db
      .select()
      .from(mailboxes)
      .where(and(eq(mailboxes.unitId, unitId), isNull(mailboxes.siteId), eq(mailboxes.isOneWindow, false)))
      .orderBy(asc(mailboxes.createdAt))
      .limit(1);
    return row;
  }

  async hasCuratedEntry(unitId: string, title: string): Promise<boolean> {
    const rows = await this.db
      .select({ id: knowledgeEntries.id })
      .from(knowledgeEntries)
      .where(
        and(
          eq(knowledgeEntries.unitId, unitId),
          eq(knowledgeEntries.source, "curated"),
          eq(knowledgeEntries.title, title),
        ),
      )
      .limit(1);
    return rows.length > 0;
  }

  async hasSolicitation(unitId: string, title: string): Promise<boolean> {
    const rows = await this.db
      .select({ id: solicitations.id })
      .from(solicitations)
      .where(and(eq(solicitations.unitId, unitId), eq(solicitations.title, title)))
      .limit(1);
    return rows.length > 0;
  }
}
