import type { RecheckItemRow } from "./recheck.sql";

export interface RecheckItemPageModel {
  items: RecheckItemRow[];
  total: number;
}
