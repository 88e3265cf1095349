// DataLoader helpers: every entity and relation loads through a per-request loader.
import DataLoader from "dataloader";

/** Loader by unique key: rows come back in key order, `null` for missing keys. */
export function loaderByKey<K extends string, R>(
  load: (keys: readonly K[]) => Promise<R[]>,
  keyOf: (row: R) => K,
): DataLoader<K, R | null> {
  return new DataLoader<K, R | null>(async (keys) => {
    const rows = await load(keys);
    const byKey = new Map(rows.map((row) => [keyOf(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** Loader of children grouped by a parent key: one query for many parents. */
export function loaderOfMany<K extends string, R>(
  load: (keys: readonly K[]) => Promise<R[]>,
  groupKeyOf: (row: R) => K,
): DataLoader<K, R[]> {
  return new DataLoader<K, R[]>(async (keys) => {
    const rows = await load(keys);
    const groups = new Map<K, R[]>();
    for (const row of rows) {
      const key = groupKeyOf(row);
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** Merges per-module resolver maps (Query, Mutation and types are combined field by field). */
export function mergeResolvers<T extends Record<string, object>>(maps: Record<string, object>[]): T {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const map of maps) {
    for (const [typeName, fields] of Object.entries(map)) {
      merged[typeName] = { ...(merged[typeName] ?? {}), ...(fields as Record<string, unknown>) };
    }
  }
  return merged as T;
}
