import { useMemo } from "react";
import { useUnitOptions } from "../../units/hooks/useUnitOptions";

/** Every unit (staff read the whole tree) as picker options, and a lookup of names by id for display. */
export function useUnitNames() {
  const { options, loading } = useUnitOptions();
  const names = useMemo(() => new Map(options.map((option) => [option.value, option.label])), [options]);
  const nameOf = (unitId: string | null | undefined) => (unitId ? (names.get(unitId) ?? "未知单位") : "—");
  return { options, nameOf, loading };
}
