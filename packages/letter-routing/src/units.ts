export interface UnitSuggestion {
  unitId: string;
  /** "corrections": most often chosen by dispatchers for this category; "configured": the mapping. */
  source: "corrections" | "configured";
  /** How many corrections chose this unit (0 for the configured one). */
  corrections: number;
}

export interface UnitRouterState {
  mapping: Record<string, string>;
  corrections: Record<string, Record<string, number>>;
}

/**
 * Category → handling unit. Starts from a configured mapping; each time a dispatcher sends a letter of a
 * category to another unit, `recordCorrection` counts it, and the unit chosen most often takes over.
 */
export class UnitRouter {
  private readonly mapping: Map<string, string>;
  private readonly corrections = new Map<string, Map<string, number>>();

  constructor(mapping: Record<string, string> = {}) {
    this.mapping = new Map(Object.entries(mapping));
  }

  configure(category: string, unitId: string): void {
    this.mapping.set(category, unitId);
  }

  recordCorrection(category: string, unitId: string): void {
    const counts = this.corrections.get(category) ?? new Map<string, number>();
    counts.set(unitId, (counts.get(unitId) ?? 0) + 1);
    this.corrections.set(category, counts);
  }

  suggestUnit(category: string): UnitSuggestion | undefined {
    const counts = this.corrections.get(category);
    if (counts && counts.size > 0) {
      const configured = this.mapping.get(category);
      let best: [string, number] | undefined;
      for (const entry of counts) {
        // On a tie the configured unit keeps its place, then the unit corrected to first.
        if (!best || entry[1] > best[1] || (entry[1] === best[1] && entry[0] === configured)) best = entry;
      }
      if (best) return { unitId: best[0], source: "corrections", corrections: best[1] };
    }
    const unitId = this.mapping.get(category);
    return unitId === undefined ? undefined : { unitId, source: "configured", corrections: 0 };
  }

  toJSON(): UnitRouterState {
    return {
      mapping: Object.fromEntries(this.mapping),
      corrections: Object.fromEntries(
        [...this.corrections].map(([category, counts]) => [category, Object.fromEntries(counts)]),
      ),
    };
  }

  static fromJSON(state: UnitRouterState): UnitRouter {
    const router = new UnitRouter(state.mapping);
    for (const [category, counts] of Object.entries(state.corrections)) {
      router.corrections.set(category, new Map(Object.entries(counts)));
    }
    return router;
  }
}
