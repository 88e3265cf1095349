// The only place with SQL for citizen notifications.
import { and, count, desc, eq, inArray, isNull } from "drizzle-orm";
import type { Executor } from "../letter/letter.repository";
import {
  type CitizenNotificationRow,
  citizenNotifications,
  type NewCitizenNotificationRow,
} from "./notification.sql";

export class NotificationRepository {
  constructor(private readonly db: Executor) {}

  async insert(values: NewCitizenNotificationRow): Promise<void> {
    await this.db.insert(citizenNotifications).values(values);
  }

  ofCitizen(citizenId: string, limit: number): Promise<CitizenNotificationRow[]> {
    return this.db
      .select()
      .from(citizenNotifications)
      .where(eq(citizenNotifications.citizenId, citizenId))
      .orderBy(desc(citizenNotifications.createdAt), desc(citizenNotifications.id))
      .limit(limit);
  }

  async unreadCount(citizenId: string): Promise<number> {
    const [row] = await this.db
      .select({ n: count() })
      .from(citizenNotifications)
      .where(and(eq(citizenNotifications.citizenId, citizenId), isNull(citizenNotifications.readAt)));
    return row?.n ?? 0;
  }

  /** Marks the citizen's unread notifications read (only these ids when given); returns how many. */
  async markRead(citizenId: string, ids: readonly string[] | null): Promise<number> {
    const rows = await this.db
      .update(citizenNotifications)
      .set({ readAt: new Date() })
      .where(
        and(
          eq(citizenNotifications.citizenId, citizenId),
          isNull(citizenNotifications.readAt),
          ids ? inArray(citizenNotifications.id, [...ids]) : undefined,
        ),
      )
      .returning({ id: citizenNotifications.id });
    return rows.length;
  }

  async deleteOfCitizen(citizenId: string): Promise<number> {
    const rows = await this.db
      .delete(citizenNotifications)
      .where(eq(citizenNotifications.citizenId, citizenId))
      .returning({ id: citizenNotifications.id });
    return rows.length;
  }
}
