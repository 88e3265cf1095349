// Rows handed to their own subject (`me`, the login payload): their private fields are the caller's own,
// even before the caller holds a token (login).
import type { UserRow } from "./user.sql";

const ownRows = new WeakSet<UserRow>();

export function asOwnRow(row: UserRow): UserRow {
  ownRows.add(row);
  return row;
}

export function isOwnRow(row: UserRow): boolean {
  return ownRows.has(row);
}
