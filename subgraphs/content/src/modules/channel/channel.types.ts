/** A Site as content knows it: a reference by id (identity owns the rest). */
export interface SiteReference {
  __typename?: "Site";
  id: string;
}

/** A User as content knows it: a reference by id (identity resolves it). */
export interface UserReference {
  __typename?: "User";
  id: string;
}
