// Platform-wide settings: readable by everyone (the portal renders them), changed only by the platform
// administrator (site.create city-wide). Grey mode emits platform.grey_mode_changed, which every portal
// replica turns into a purge of every cached page.
import { actorOf, assertCan, type Caller, CITY, emitEvent, type RequestInfo } from "@jiyue/server-kit";
import type { IdentityDb } from "../../db/executor";
import { SettingsRepository } from "./settings.repository";

export interface PlatformSettingsModel {
  greyMode: boolean;
  greyModeChangedAt: Date | null;
}

const GREY_MODE = "grey_mode";

export class SettingsService {
  constructor(
    private readonly db: IdentityDb,
    private readonly caller: Caller,
    private readonly request: RequestInfo,
  ) {}

  async get(): Promise<PlatformSettingsModel> {
    const row = await new SettingsRepository(this.db).get(GREY_MODE);
    return { greyMode: row?.value.enabled === true, greyModeChangedAt: row?.updatedAt ?? null };
  }

  async setGreyMode(enabled: unknown): Promise<PlatformSettingsModel> {
    assertCan(this.caller, "site.create", CITY);
    const on = enabled === true;
    return this.db.transaction(async (tx) => {
      const row = await new SettingsRepository(tx).put(GREY_MODE, { enabled: on });
      await emitEvent(tx, "identity", {
        type: "platform.grey_mode_changed",
        aggregateType: "platform",
        aggregateId: GREY_MODE,
        payload: { greyMode: on },
        actor: actorOf(this.caller, this.request),
      });
      return { greyMode: on, greyModeChangedAt: row.updatedAt };
    });
  }
}
