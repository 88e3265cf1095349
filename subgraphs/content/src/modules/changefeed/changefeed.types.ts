import type { PublishedChangeRow } from "./changefeed.sql";

export type PublishedChangeModel = PublishedChangeRow;

export interface PublishedChangePageModel {
  items: PublishedChangeModel[];
  endCursor: string | null;
  hasMore: boolean;
}
