// 新来信提醒: a mailbox's recipients (recipientUserIds, and holders of recipientRole in the mailbox's unit)
// are reminded of the letters still waiting for acceptance. Computed at read time from the caller's token:
// no fan-out table, so a changed recipient list or a new role takes effect on the next poll. A recipient
// never sees more than the letter list would show them (tenancy): being named on another unit's mailbox
// grants nothing.
import { type Caller, isUuid, parseInput, requireStaff } from "@jiyue/server-kit";
import { z } from "zod";
import type { InteractionDb } from "../../../context";
import { letterVisibility } from "../letter.access";
import type { LetterLoaders } from "../letter.loaders";
import type { LetterRow } from "../letter.sql";
import { InboxRepository } from "./inbox.repository";

/** Mailbox recipient roles; the stored values are the identity role codes themselves. */
const RECIPIENT_ROLES = ["letter_dispatcher", "letter_handler", "unit_admin"] as const;

const limitInput = z
  .number()
  .int("条数应为整数")
  .min(1, "条数至少为 1")
  .max(50, "条数不能超过 50")
  .nullish()
  .transform((value) => value ?? 20);

export interface NewLettersInboxView {
  total: number;
  letters: LetterRow[];
}

export class LetterInboxService {
  constructor(
    private readonly db: InteractionDb,
    private readonly caller: Caller,
    private readonly loaders: LetterLoaders,
  ) {}

  /** New letters for the caller as a mailbox recipient, newest first; staff only. */
  async newLetters(rawLimit: unknown): Promise<NewLettersInboxView> {
    const caller = requireStaff(this.caller);
    const first = parseInput(limitInput, rawLimit);
    // Roles count in the mailbox's unit only: a site-scoped grant does not reach letters (see letterVisibility).
    const roleUnits = new Map<string, string[]>();
    for (const grant of caller.grants) {
      if (!grant.unitId || grant.siteId) continue;
      if (!(RECIPIENT_ROLES as readonly string[]).includes(grant.role)) continue;
      roleUnits.set(grant.role, [...(roleUnits.get(grant.role) ?? []), grant.unitId]);
    }
    const { rows, total } = await new InboxRepository(this.db).newLetters(
      // Recipient lists hold identity user ids (uuids); any other id cannot be on one.
      { userId: isUuid(caller.userId) ? caller.userId : null, roleUnits },
      letterVisibility(caller),
      first,
    );
    for (const row of rows) this.loaders.letterById.prime(row.id, row);
    return { total, letters: rows };
  }
}
