import type { MediaAssetRow } from "./media.sql";

export interface MediaAssetPageModel {
  items: MediaAssetRow[];
  total: number;
}
