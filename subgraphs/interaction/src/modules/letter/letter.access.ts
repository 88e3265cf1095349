// Who sees a letter: its citizen; staff of the mailbox's unit, the owner or an active co-handler; city-wide
// letter roles and supervisors. Everybody else is told it does not exist.
import type { Action, Caller } from "@jiyue/server-kit";
import type { LetterVisibility } from "./letter.repository";
import type { LetterRow, LetterUnitRow } from "./letter.sql";

const READ_ACTIONS: readonly Action[] = [
  "letter.dispatch",
  "letter.handle",
  "letter.reply_review",
  "letter.supervise",
  "supervise.read",
];

/** Unit-scoped and city-wide grants count; site-scoped letter roles do not reach letters (yet). */
export function letterVisibility(caller: Caller): LetterVisibility {
  if (caller.kind !== "staff") return { all: false, unitIds: [] };
  const unitIds = new Set<string>();
  for (const grant of caller.grants) {
    if (!READ_ACTIONS.some((action) => grant.actions.includes(action))) continue;
    if (!grant.unitId && !grant.siteId) return { all: true, unitIds: [] };
    if (grant.unitId && !grant.siteId) unitIds.add(grant.unitId);
  }
  return { all: false, unitIds: [...unitIds] };
}

export function canReadLetter(caller: Caller, row: LetterRow, units: readonly LetterUnitRow[]): boolean {
  if (caller.kind === "citizen") return row.citizenId === caller.citizenId;
  if (caller.kind !== "staff") return false;
  const visibility = letterVisibility(caller);
  if (visibility.all) return true;
  const touched = new Set([
    row.mailboxUnitId,
    row.ownerUnitId,
    ...units.filter((unit) => !unit.endedAt).map((unit) => unit.unitId),
  ]);
  return visibility.unitIds.some((unitId) => touched.has(unitId));
}

const HANDLING_ACTIONS: readonly Action[] = ["letter.dispatch", "letter.handle", "letter.reply_review"];

/**
 * Who reads a letter's title and content unmasked: its writer (or the holder of its query code), city-wide
 * letter roles and supervisors, and staff with a letter-handling role in the mailbox's unit, the owner unit
 * or an active co-handling unit. Anyone else who may see the letter (e.g. a unit-level supervisor) gets
 * phone numbers, ID numbers and addresses masked, in lists and in the detail alike.
 */
export function seesFullLetter(caller: Caller, row: LetterRow, units: readonly LetterUnitRow[]): boolean {
  if (caller.kind !== "staff") return caller.kind === "citizen" || caller.kind === "anonymous";
  const touched = new Set([
    row.mailboxUnitId,
    row.ownerUnitId,
    ...units.filter((unit) => !unit.endedAt).map((unit) => unit.unitId),
  ]);
  return caller.grants.some((grant) => {
    if (!READ_ACTIONS.some((action) => grant.actions.includes(action))) return false;
    if (!grant.unitId && !grant.siteId) return true;
    return (
      !!grant.unitId &&
      !grant.siteId &&
      touched.has(grant.unitId) &&
      HANDLING_ACTIONS.some((action) => grant.actions.includes(action))
    );
  });
}

/** Masks a phone number for lists: 138****1234. */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return null;
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : "****";
}
