import type { ArticleRow, RevisionRow } from "./article.sql";

export interface AttachmentModel {
  mediaId: string;
  name: string;
  url: string | null;
}
export interface ArticlePageModel {
  items: ArticleRow[];
  total: number;
}
export interface FieldDiffModel {
  field: string;
  changed: boolean;
  parts: { kind: "equal" | "insert" | "delete"; text: string }[];
}
export interface RevisionDiffModel {
  from: RevisionRow;
  to: RevisionRow;
  fields: FieldDiffModel[];
}
