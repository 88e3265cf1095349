import type { LetterRow } from "../letter/letter.sql";

export interface RoutingSuggestionView {
  modelVersion: number | null;
  categories: { category: string; confidence: number }[];
  category: string | null;
  unit: { id: string } | null;
  unitConfidence: number | null;
  unitSource: "CORRECTIONS" | "CONFIGURED" | null;
}

export interface RoutingMappingView {
  category: string;
  unit: { id: string };
  source: "MANUAL" | "TRAINED";
  corrections: { unit: { id: string }; count: number }[];
  updatedAt: Date;
}

export interface SimilarLetterView {
  letter: LetterRow;
  similarity: number;
}

export interface LetterHotTopicView {
  label: string;
  keywords: string[];
  count: number;
  sampleTitles: string[];
  letters: LetterRow[];
  first: Date;
  last: Date;
}
