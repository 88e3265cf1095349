export interface NearDuplicateModel {
  articleId: string;
  title: string;
  siteId: string;
  siteName: string | null;
  /** The matching text is the article's live (published) revision. */
  published: boolean;
  /** The caller may open the article in the admin. */
  readable: boolean;
  /** 1 - Hamming distance / 64. */
  similarity: number;
}

export interface WritingAssistModel {
  suggestedSummary: string;
  suggestedKeywords: string[];
  nearDuplicates: NearDuplicateModel[];
}

/** A stored fingerprint that matched by band, with what the warning shows. */
export interface FingerprintCandidate {
  articleId: string;
  /** The origin of an accepted 信息报送 copy, else the article itself: one text, many sites. */
  family: string;
  siteId: string;
  simhash: bigint;
  title: string;
  siteName: string | null;
  published: boolean;
}
