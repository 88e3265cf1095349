// Import of articles and the demo articles, for scripts (`pnpm import:articles`, the platform's demo seed).
export { DEMO_TAG, type DemoArticle, generateDemoArticles } from "./demo-articles";
export { openContentDatabase, seedDemoArticles, waitForChannels } from "./demo-seed";
export { parseItemDate } from "./import.dates";
export {
  formatSummary,
  type ImportProgress,
  type ImportSummary,
  ImportTargetError,
  importArticles,
  prepareItem,
  SKIP_REASON_LABELS,
} from "./importer";
