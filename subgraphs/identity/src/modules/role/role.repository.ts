// The only place with SQL for roles and role assignments.
import { isUuid, type RoleDefinition } from "@jiyue/server-kit";
import { and, asc, count, eq, inArray, ne, sql } from "drizzle-orm";
import type { Executor } from "../../db/executor";
import { users } from "../user/user.sql";
import {
  type NewRoleAssignmentRow,
  type RoleAssignmentRow,
  type RoleRow,
  roleAssignments,
  roles,
} from "./role.sql";

export class RoleRepository {
  constructor(private readonly db: Executor) {}

  /**
   * Inserts the default roles whose codes are missing. Existing rows keep their edits; actions added to the
   * catalogue since the row was last synced are granted, actions the catalogue dropped are removed.
   */
  async ensureDefaults(definitions: RoleDefinition[]): Promise<void> {
    const existing = new Map((await this.all()).map((row) => [row.code, row]));
    for (const role of definitions) {
      const catalogue: string[] = [...role.actions];
      const row = existing.get(role.code);
      if (!row) {
        await this.db
          .insert(roles)
          .values({
            code: role.code,
            name: role.name,
            scopeKinds: [...role.scopeKinds],
            actions: catalogue,
            catalogueActions: catalogue,
            stage: role.stage ?? null,
            exclusiveGroup: role.exclusiveGroup ?? null,
            requiresTotp: role.requiresTotp ?? false,
          })
          .onConflictDoNothing({ target: roles.code });
        continue;
      }
      // Rows from before catalogue tracking count as synced with their current actions.
      const synced = new Set(row.catalogueActions ?? row.actions);
      const added = catalogue.filter((action) => !synced.has(action));
      const dropped = new Set([...synced].filter((action) => !catalogue.includes(action)));
      const actions = [...new Set([...row.actions, ...added])]
        .filter((action) => !dropped.has(action))
        .sort();
      await this.db
        .update(roles)
        .set({ actions, catalogueActions: catalogue })
        .where(eq(roles.code, role.code));
    }
  }

  all(): Promise<RoleRow[]> {
    return this.db.select().from(roles).orderBy(asc(roles.code));
  }

  byCodes(codes: readonly string[]): Promise<RoleRow[]> {
    if (codes.length === 0) return Promise.resolve([]);
    return this.db
      .select()
      .from(roles)
      .where(inArray(roles.code, [...codes]));
  }

  assignmentsByIds(ids: readonly string[]): Promise<RoleAssignmentRow[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return Promise.resolve([]);
    return this.db.select().from(roleAssignments).where(inArray(roleAssignments.id, valid));
  }

  assignmentsOfUsers(userIds: readonly string[]): Promise<RoleAssignmentRow[]> {
    const valid = userIds.filter(isUuid);
    if (valid.length === 0) return Promise.resolve([]);
    return this.db
      .select()
      .from(roleAssignments)
      .where(inArray(roleAssignments.userId, valid))
      .orderBy(asc(roleAssignments.createdAt));
  }

  /** A user's assignments with their role rows (one join; used to build token grants). */
  grantsOfUser(userId: string): Promise<{ assignment: RoleAssignmentRow; role: RoleRow }[]> {
    return this.db
      .select({ assignment: roleAssignments, role: roles })
      .from(roleAssignments)
      .innerJoin(roles, eq(roles.code, roleAssignments.roleCode))
      .where(eq(roleAssignments.userId, userId))
      .orderBy(asc(roleAssignments.createdAt));
  }

  async insertAssignment(values: NewRoleAssignmentRow): Promise<RoleAssignmentRow> {
    const [row] = await this.db.insert(roleAssignments).values(values).returning();
    if (!row) throw new Error("role assignment insert returned nothing");
    return row;
  }

  async deleteAssignment(id: string): Promise<void> {
    await this.db.delete(roleAssignments).where(eq(roleAssignments.id, id));
  }

  /** Serialises changes that could remove the last holder of an administrator role (per transaction). */
  async lockAdministrators(): Promise<void> {
    await this.db.execute(sql`select pg_advisory_xact_lock(hashtext('jiyue:identity:three_admins'))`);
  }

  /** Active users other than `exceptUserId` holding the role. */
  async otherActiveHolders(roleCode: string, exceptUserId: string): Promise<number> {
    const [row] = await this.db
      .select({ n: count() })
      .from(roleAssignments)
      .innerJoin(users, eq(users.id, roleAssignments.userId))
      .where(
        and(
          eq(roleAssignments.roleCode, roleCode),
          ne(roleAssignments.userId, exceptUserId),
          eq(users.status, "active"),
        ),
      );
    return row?.n ?? 0;
  }
}
