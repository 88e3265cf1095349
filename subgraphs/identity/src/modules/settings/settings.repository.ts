// The only place with SQL for platform settings.
import { eq } from "drizzle-orm";
import type { Executor } from "../../db/executor";
import { type PlatformSettingRow, platformSettings } from "./settings.sql";

export class SettingsRepository {
  constructor(private readonly db: Executor) {}

  async get(key: string): Promise<PlatformSettingRow | undefined> {
    const [row] = await this.db.select().from(platformSettings).where(eq(platformSettings.key, key));
    return row;
  }

  async put(key: string, value: Record<string, unknown>): Promise<PlatformSettingRow> {
    const now = new Date();
    const [row] = await this.db
      .insert(platformSettings)
      .values({ key, value, updatedAt: now })
      .onConflictDoUpdate({ target: platformSettings.key, set: { value, updatedAt: now } })
      .returning();
    if (!row) throw new Error(`platform setting ${key} not written`);
    return row;
  }
}
