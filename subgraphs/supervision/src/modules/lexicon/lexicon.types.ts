/** A Site as supervision knows it: a reference by id (identity owns the rest). */
export interface SiteReference {
  __typename?: "Site";
  id: string;
}
