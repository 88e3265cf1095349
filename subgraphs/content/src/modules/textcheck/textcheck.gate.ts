// The publish gate: submitting attaches the check to the revision; the last approval and publishing (also a
// scheduled one, re-checked with the lexicon in force when it runs) are refused while a block-level finding
// is neither fixed nor overridden by a check.override holder.
import type { ContentDb } from "../../context";
import type { TransitionHook } from "../workflow/hooks";
import type { LexiconCache } from "./lexicon-cache";
import { runCheck } from "./textcheck.engine";
import { revisionCheckInput } from "./textcheck.input";
import { TextCheckRepository } from "./textcheck.repository";

export const TEXTCHECK_BLOCKED = "TEXTCHECK_BLOCKED";

export function publishGate(db: ContentDb, cache: LexiconCache): TransitionHook {
  return async ({ article, revision, action, tx }) => {
    // Inside the transition's transaction: the article row is locked there, and the result commits with it.
    const repository = new TextCheckRepository(tx ?? db);
    if (action === "submit") {
      const result = runCheck(cache.forUnit(article.unitId), await revisionCheckInput(tx ?? db, revision));
      await repository.saveResult({
        articleId: article.id,
        revisionId: revision.id,
        siteId: article.siteId,
        unitId: article.unitId,
        lexiconVersion: result.lexiconVersion,
        findings: result.findings,
        blockCount: result.blockCount,
        warnCount: result.warnCount,
        hintCount: result.hintCount,
      });
      return undefined;
    }
    const final =
      action === "publish" ||
      (action === "approve" && (article.reviewStage ?? 0) >= (await repository.stageCount(article.siteId)));
    if (!final) return undefined;
    const result = runCheck(cache.forUnit(article.unitId), await revisionCheckInput(tx ?? db, revision));
    const blocks = result.findings.filter((f) => f.severity === "block");
    if (blocks.length === 0) return undefined;
    const overridden = new Set(
      (await repository.overridesOf([revision.id])).map((override) => override.findingKey),
    );
    const open = blocks.filter((f) => !overridden.has(f.key));
    if (open.length === 0) return undefined;
    const terms = [...new Set(open.map((f) => `“${f.text}”`))].slice(0, 5).join("、");
    const step = action === "publish" ? "发布" : "终审通过";
    return {
      refuse: `稿件有 ${open.length} 处必须处理的问题（${terms}），请修改，或由有“错敏词放行”权限的人员确认放行后再${step}`,
      code: "CONFLICT",
      reason: TEXTCHECK_BLOCKED,
    };
  };
}
