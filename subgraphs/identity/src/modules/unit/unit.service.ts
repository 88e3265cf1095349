// Units: any staff member reads the tree; unit.manage (city-wide) creates, unit.manage in the unit's scope
// changes one. Emits unit.created / unit.updated with a UnitSnapshot for every subgraph's directory.
import {
  actorOf,
  assertCan,
  type Caller,
  CITY,
  emitEvent,
  notFound,
  parseInput,
  type RequestInfo,
  requireStaff,
  type UnitSnapshot,
} from "@jiyue/server-kit";
import { withConflicts } from "../../db/conflicts";
import type { Executor, IdentityDb } from "../../db/executor";
import type { UnitLoaders } from "./unit.loaders";
import { type UnitListFilter, UnitRepository } from "./unit.repository";
import type { NewUnitRow, UnitRow } from "./unit.sql";
import { createUnitInput, updateUnitInput } from "./unit.validation";

const UNIT_CONFLICTS = { unit_code_uq: "单位编码已被使用" };

export function unitSnapshot(row: UnitRow): UnitSnapshot {
  return { id: row.id, parentId: row.parentId, name: row.name, kind: row.kind, level: row.level };
}

/** Inserts a unit and its unit.created event (used by the service and the demo seed). */
export async function insertUnit(
  tx: Executor,
  values: NewUnitRow,
  actor: Parameters<typeof emitEvent>[2]["actor"],
) {
  const row = await new UnitRepository(tx).insert(values);
  await emitEvent(tx, "identity", {
    type: "unit.created",
    aggregateType: "unit",
    aggregateId: row.id,
    unitId: row.id,
    payload: { unit: unitSnapshot(row) },
    actor,
  });
  return row;
}

export class UnitService {
  constructor(
    private readonly db: IdentityDb,
    private readonly caller: Caller,
    private readonly request: RequestInfo,
    private readonly loaders: UnitLoaders,
  ) {}

  list(filter: UnitListFilter | null | undefined): Promise<UnitRow[]> {
    requireStaff(this.caller);
    return new UnitRepository(this.db).list(filter ?? {});
  }

  async get(id: string): Promise<UnitRow | null> {
    requireStaff(this.caller);
    return this.loaders.unitById.load(id);
  }

  async create(raw: unknown): Promise<UnitRow> {
    const input = parseInput(createUnitInput, raw);
    assertCan(this.caller, "unit.manage", CITY);
    if (input.parentId && !(await this.loaders.unitById.load(input.parentId)))
      throw notFound("上级单位", input.parentId);
    const actor = actorOf(this.caller, this.request);
    return withConflicts(UNIT_CONFLICTS, () =>
      this.db.transaction((tx) =>
        insertUnit(
          tx,
          {
            name: input.name,
            shortName: input.shortName ?? null,
            code: input.code,
            kind: input.kind,
            level: input.level,
            parentId: input.parentId ?? null,
            sortOrder: input.sortOrder,
          },
          actor,
        ),
      ),
    );
  }

  async update(id: string, raw: unknown): Promise<UnitRow> {
    const input = parseInput(updateUnitInput, raw);
    const existing = await this.loaders.unitById.load(id);
    if (!existing) throw notFound("单位", id);
    assertCan(this.caller, "unit.manage", { kind: "unit", unitId: id });
    return this.db.transaction(async (tx) => {
      const row = await new UnitRepository(tx).update(id, {
        name: input.name,
        shortName: input.shortName === undefined ? undefined : input.shortName,
        kind: input.kind,
        sortOrder: input.sortOrder,
      });
      if (!row) throw notFound("单位", id);
      await emitEvent(tx, "identity", {
        type: "unit.updated",
        aggregateType: "unit",
        aggregateId: row.id,
        unitId: row.id,
        payload: { unit: unitSnapshot(row) },
        actor: actorOf(this.caller, this.request),
      });
      return row;
    });
  }
}
