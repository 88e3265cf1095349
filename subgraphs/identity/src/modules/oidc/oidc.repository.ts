// The only place with SQL for OIDC: external identity links, login requests in flight, one-time tickets.
import { and, eq, gt, isNull, lt } from "drizzle-orm";
import type { Executor } from "../../db/executor";
import {
  type CitizenIdentityRow,
  citizenIdentities,
  type LoginTicketRow,
  loginTickets,
  type OidcLoginRequestRow,
  oidcLoginRequests,
  type StaffIdentityRow,
  staffIdentities,
} from "./oidc.sql";

export class OidcRepository {
  constructor(private readonly db: Executor) {}

  async insertLoginRequest(values: typeof oidcLoginRequests.$inferInsert): Promise<void> {
    // Expired requests are only garbage; sweeping on insert keeps the table small without a job.
    await this.db.delete(oidcLoginRequests).where(lt(oidcLoginRequests.expiresAt, new Date()));
    await this.db.insert(oidcLoginRequests).values(values);
  }

  /** Deletes and returns an unexpired request: each authorization request is answered at most once. */
  async takeLoginRequest(idHash: string): Promise<OidcLoginRequestRow | undefined> {
    const [row] = await this.db
      .delete(oidcLoginRequests)
      .where(eq(oidcLoginRequests.idHash, idHash))
      .returning();
    return row && row.expiresAt.getTime() > Date.now() ? row : undefined;
  }

  async citizenLink(issuer: string, subject: string): Promise<CitizenIdentityRow | undefined> {
    const [row] = await this.db
      .select()
      .from(citizenIdentities)
      .where(and(eq(citizenIdentities.issuer, issuer), eq(citizenIdentities.subject, subject)));
    return row;
  }

  async insertCitizenLink(values: { issuer: string; subject: string; citizenId: string }): Promise<void> {
    await this.db.insert(citizenIdentities).values(values);
  }

  /** Forgets every provider subject linked to the citizen (account deletion); returns how many. */
  async unlinkCitizen(citizenId: string): Promise<number> {
    const rows = await this.db
      .delete(citizenIdentities)
      .where(eq(citizenIdentities.citizenId, citizenId))
      .returning({ id: citizenIdentities.id });
    return rows.length;
  }

  async staffLink(issuer: string, subject: string): Promise<StaffIdentityRow | undefined> {
    const [row] = await this.db
      .select()
      .from(staffIdentities)
      .where(and(eq(staffIdentities.issuer, issuer), eq(staffIdentities.subject, subject)));
    return row;
  }

  async insertStaffLink(values: { issuer: string; subject: string; userId: string }): Promise<void> {
    await this.db.insert(staffIdentities).values(values);
  }

  async insertTicket(values: typeof loginTickets.$inferInsert): Promise<void> {
    await this.db.delete(loginTickets).where(lt(loginTickets.expiresAt, new Date()));
    await this.db.insert(loginTickets).values(values);
  }

  /** Locks an unused, unexpired ticket so two concurrent exchanges are served in turn. */
  async usableTicketForUpdate(ticketHash: string): Promise<LoginTicketRow | undefined> {
    const [row] = await this.db
      .select()
      .from(loginTickets)
      .where(
        and(
          eq(loginTickets.ticketHash, ticketHash),
          isNull(loginTickets.usedAt),
          gt(loginTickets.expiresAt, new Date()),
        ),
      )
      .for("update");
    return row;
  }

  async useTicket(id: string): Promise<void> {
    await this.db.update(loginTickets).set({ usedAt: new Date() }).where(eq(loginTickets.id, id));
  }

  async extendTicket(id: string, expiresAt: Date): Promise<void> {
    await this.db.update(loginTickets).set({ expiresAt }).where(eq(loginTickets.id, id));
  }
}
