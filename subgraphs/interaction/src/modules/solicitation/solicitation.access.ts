// Who sees a campaign's submissions: staff with solicitation.manage in its unit (or city-wide), and city
// supervisors (supervise.read, read-only and without submitters' personal data). The public sees campaigns
// once opened, never drafts and never submissions.
import { type Caller, can } from "@jiyue/server-kit";
import type { SolicitationVisibility } from "./solicitation.repository";

export function solicitationVisibility(caller: Caller): SolicitationVisibility {
  if (caller.kind !== "staff") return { all: false, unitIds: [] };
  const unitIds = new Set<string>();
  for (const grant of caller.grants) {
    const manages = grant.actions.includes("solicitation.manage");
    const supervises = grant.actions.includes("supervise.read");
    if (!manages && !supervises) continue;
    if (!grant.unitId && !grant.siteId) return { all: true, unitIds: [] };
    if (manages && grant.unitId && !grant.siteId) unitIds.add(grant.unitId);
  }
  return { all: false, unitIds: [...unitIds] };
}

export function canSeeSubmissions(caller: Caller, unitId: string): boolean {
  const visibility = solicitationVisibility(caller);
  return visibility.all || visibility.unitIds.includes(unitId);
}

/** Names and phone numbers of submitters: only the campaign's managers. */
export function canSeePersonalData(caller: Caller, unitId: string): boolean {
  return can(caller, "solicitation.manage", { kind: "unit", unitId });
}
