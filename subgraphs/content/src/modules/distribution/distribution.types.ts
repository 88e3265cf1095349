import type { DeliveryRow } from "./distribution.sql";

export interface DeliveryPageModel {
  items: DeliveryRow[];
  total: number;
}
