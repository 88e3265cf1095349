// The text-check side list of the article editor: 检查 runs the check on the editor's current title and body
// (and it runs by itself after each save); findings are grouped by severity, a suggestion is applied with
// one click (the finding leaves the list at once), an image without alt text gets one with 填写替代文本,
// warnings and hints can be ignored with a reason (kept with the saved revision, where reviewers see it;
// only for this session while there are unsaved changes), and block-level findings of the saved revision
// can be overridden by a holder of 错敏词放行 (recorded on the timeline).
// The visible findings are handed to the page, which underlines the body's in the editor; clicking an
// underline focuses its entry here.
import { useLazyQuery, useMutation, useQuery } from "@apollo/client/react";
import { Alert, Button, Collapse, Empty, Flex, Input, Modal, Tag, Typography } from "antd";
import { useEffect, useMemo, useRef, useState } from "react";
import type { CheckTextQuery } from "#gql/graphql";
import { ArticleCheckOverridesDocument, CheckTextDocument } from "../graphql/checkText";
import { IgnoreCheckFindingsDocument } from "../graphql/ignoreCheckFindings";
import { OverrideArticleFindingsDocument } from "../graphql/overrideArticleFindings";
import { OverrideDialog } from "./OverrideDialog";

export type Finding = CheckTextQuery["checkText"]["findings"][number];

export interface CheckFindingsPanelProps {
  siteId: string;
  /** The saved article (overrides apply to its current revision); absent for a new article. */
  articleId?: string;
  /** Changes after each save: the panel checks again. */
  revisionId?: string;
  /** The editor's current content. */
  getContent(): { title: string; html: string };
  /** Unsaved changes: overriding waits for a save (overrides belong to a saved revision). */
  dirty: boolean;
  editable: boolean;
  canOverride: boolean;
  onApply(change: { field: "TITLE" | "BODY"; value: string }): void;
  /** The findings shown (ignored ones left out), after each check or ignore. */
  onFindings?(findings: Finding[]): void;
  /** A finding to bring into view (an underline in the editor was clicked); `at` tells repeated clicks apart. */
  focus?: { key: string; at: number } | null;
}

const SEVERITY = {
  BLOCK: { label: "必须修改", color: "red" },
  WARN: { label: "建议修改", color: "orange" },
  HINT: { label: "提示", color: "blue" },
} as const;

/** Replaces one finding in the content, only if the content still has the finding's text at its place. */
export function applySuggestion(
  content: { title: string; html: string },
  finding: Pick<Finding, "field" | "start" | "end" | "htmlStart" | "htmlEnd" | "text" | "suggestion">,
): { field: "TITLE" | "BODY"; value: string } | null {
  if (!finding.suggestion) return null;
  if (finding.field === "TITLE") {
    if (content.title.slice(finding.start, finding.end) !== finding.text) return null;
    return {
      field: "TITLE",
      value: content.title.slice(0, finding.start) + finding.suggestion + content.title.slice(finding.end),
    };
  }
  if (finding.htmlStart == null || finding.htmlEnd == null) return null;
  if (content.html.slice(finding.htmlStart, finding.htmlEnd) !== finding.text) return null;
  return {
    field: "BODY",
    value:
      content.html.slice(0, finding.htmlStart) + finding.suggestion + content.html.slice(finding.htmlEnd),
  };
}

/** The rule whose finding is an image without alt text (its HTML range is the <img> tag). */
export const IMAGE_ALT_RULE = "accessibility.img-alt";

const escapeAttribute = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The <img> tag an img-alt finding points at, if the body still has it there. */
function imageTagAt(html: string, finding: Pick<Finding, "htmlStart" | "htmlEnd">): string | null {
  if (finding.htmlStart == null || finding.htmlEnd == null) return null;
  const tag = html.slice(finding.htmlStart, finding.htmlEnd);
  return /^<img\b/i.test(tag) ? tag : null;
}

/** Gives the image of an img-alt finding its alt text, only if the body still has that <img> tag there. */
export function setImageAlt(
  html: string,
  finding: Pick<Finding, "htmlStart" | "htmlEnd">,
  alt: string,
): { field: "BODY"; value: string } | null {
  const tag = imageTagAt(html, finding);
  if (tag === null || finding.htmlStart == null || finding.htmlEnd == null || !alt.trim()) return null;
  // An empty alt="" (what the check flags too) is replaced; the editor writes no other form.
  const bare = tag.replace(/\salt\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]*)/i, "");
  const withAlt = bare.replace(/^<img\b/i, `<img alt="${escapeAttribute(alt.trim())}"`);
  return { field: "BODY", value: html.slice(0, finding.htmlStart) + withAlt + html.slice(finding.htmlEnd) };
}

export function CheckFindingsPanel(props: CheckFindingsPanelProps) {
  const [runCheck, { data, loading, error }] = useLazyQuery(CheckTextDocument, {
    fetchPolicy: "network-only",
  });
  const overrides = useQuery(ArticleCheckOverridesDocument, {
    variables: { id: props.articleId ?? "" },
    skip: !props.articleId,
    fetchPolicy: "network-only",
  });
  const [override, overriding] = useMutation(OverrideArticleFindingsDocument);
  const [ignoreFindings, ignoring] = useMutation(IgnoreCheckFindingsDocument);
  const [ignored, setIgnored] = useState<Record<string, string>>({});
  // Findings fixed here (a suggestion adopted, alt text given) since the last check: gone from the list now,
  // not only after the next 检查.
  const [applied, setApplied] = useState<ReadonlySet<string>>(new Set());
  const [asking, setAsking] = useState<{ kind: "ignore" | "override" | "alt"; finding: Finding } | null>(
    null,
  );
  const [reason, setReason] = useState("");

  const check = () => {
    const { title, html } = props.getContent();
    void runCheck({ variables: { siteId: props.siteId, title, html } });
  };
  // Automatic check after each save (and on opening a saved article).
  // Overrides and ignores belong to a revision: after a save (not on opening, the query has just run) they
  // are read again for the new one.
  const checkedRevision = useRef(props.revisionId);
  useEffect(() => {
    if (props.revisionId) check();
    if (props.articleId && checkedRevision.current !== props.revisionId) void overrides.refetch();
    checkedRevision.current = props.revisionId;
  }, [props.revisionId]);

  const overridden = useMemo(
    () => new Map((overrides.data?.article?.checkResult.overrides ?? []).map((o) => [o.findingKey, o])),
    [overrides.data],
  );
  const ignoredOnRevision = useMemo(
    () => new Set((overrides.data?.article?.checkResult.ignores ?? []).map((o) => o.findingKey)),
    [overrides.data],
  );
  // An ignore is kept with the saved revision (reviewers see the reason); with unsaved changes the keys may
  // not be the saved revision's, so it lasts for this session only.
  const ignoreKept = !!props.articleId && !props.dirty;
  const result = data?.checkText;
  // A new check reports what is left: what was applied before it is no longer found.
  useEffect(() => {
    setApplied(new Set());
  }, [result]);
  const visible = useMemo(
    () =>
      (result?.findings ?? []).filter(
        (f) => !ignored[f.key] && !ignoredOnRevision.has(f.key) && !applied.has(f.key),
      ),
    [result, ignored, ignoredOnRevision, applied],
  );
  const apply = (finding: Finding, change: { field: "TITLE" | "BODY"; value: string }) => {
    props.onApply(change);
    setApplied((current) => new Set(current).add(finding.key));
  };
  const { onFindings, focus } = props;
  useEffect(() => {
    onFindings?.(visible);
  }, [visible, onFindings]);

  const [openGroups, setOpenGroups] = useState<string[]>(["BLOCK", "WARN"]);
  const list = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!focus) return;
    const finding = visible.find((f) => f.key === focus.key);
    if (!finding) return;
    setOpenGroups((open) => (open.includes(finding.severity) ? open : [...open, finding.severity]));
    // After the group has opened.
    const timer = setTimeout(() => {
      const item = list.current?.querySelector<HTMLElement>(`[data-finding-key="${CSS.escape(focus.key)}"]`);
      item?.scrollIntoView?.({ block: "nearest", behavior: "smooth" });
      item?.focus({ preventScroll: true });
    }, 50);
    return () => clearTimeout(timer);
  }, [focus, visible]);
  const groups = (["BLOCK", "WARN", "HINT"] as const).map((severity) => ({
    severity,
    items: visible.filter((f) => f.severity === severity),
  }));

  const close = () => {
    setAsking(null);
    setReason("");
  };
  // An ignore needs a reason of two characters or more; an alt text just needs to be there.
  const ready = reason.trim().length >= (asking?.kind === "alt" ? 1 : 2);
  const confirm = async () => {
    if (!asking || !ready) return;
    if (asking.kind === "ignore" && ignoreKept && props.articleId) {
      await ignoreFindings({
        variables: { articleId: props.articleId, findingKeys: [asking.finding.key], reason: reason.trim() },
      });
      await overrides.refetch();
    } else if (asking.kind === "ignore") {
      setIgnored((current) => ({ ...current, [asking.finding.key]: reason.trim() }));
    } else if (asking.kind === "alt") {
      const change = setImageAlt(props.getContent().html, asking.finding, reason);
      if (change) apply(asking.finding, change);
    }
    close();
  };
  const confirmOverride = async (overrideReason: string) => {
    if (!asking || !props.articleId) return;
    await override({
      variables: { articleId: props.articleId, findingKeys: [asking.finding.key], reason: overrideReason },
    });
    await overrides.refetch();
    setAsking(null);
  };

  return (
    <section aria-label="内容检查" ref={list} style={{ marginBottom: 16 }}>
      <Flex gap={8} align="center" style={{ marginBottom: 8 }}>
        <Button onClick={check} loading={loading}>
          检查
        </Button>
        {result && (
          <Typography.Text type="secondary">
            词库版本 {result.lexiconVersion}：必须修改 {result.blockCount} 处，建议修改 {result.warnCount}{" "}
            处，提示 {result.hintCount} 处
          </Typography.Text>
        )}
      </Flex>
      {error && <Alert type="error" showIcon title="检查失败" description={error.message} />}
      {result && visible.length === 0 && (
        <Empty description="未发现问题" image={Empty.PRESENTED_IMAGE_SIMPLE} />
      )}
      {result && visible.length > 0 && (
        <Collapse
          size="small"
          activeKey={openGroups}
          onChange={(keys) => setOpenGroups(Array.isArray(keys) ? keys : [keys])}
          items={groups
            .filter((group) => group.items.length > 0)
            .map((group) => ({
              key: group.severity,
              label: (
                <span>
                  <Tag color={SEVERITY[group.severity].color}>{SEVERITY[group.severity].label}</Tag>
                  {group.items.length} 处
                </span>
              ),
              children: (
                <ul style={{ margin: 0, paddingInlineStart: 16 }}>
                  {group.items.map((finding) => {
                    const accepted = overridden.get(finding.key);
                    const change = applySuggestion(props.getContent(), finding);
                    const altMissing =
                      finding.ruleId === IMAGE_ALT_RULE &&
                      imageTagAt(props.getContent().html, finding) !== null;
                    return (
                      <li
                        key={finding.key}
                        data-finding-key={finding.key}
                        tabIndex={-1}
                        aria-current={focus?.key === finding.key ? "true" : undefined}
                        style={{
                          marginBottom: 6,
                          background: focus?.key === finding.key ? "#fffbe6" : undefined,
                        }}
                      >
                        <Typography.Text
                          strong
                          style={{
                            textDecoration: "underline wavy",
                            textDecorationColor: SEVERITY[finding.severity].color,
                          }}
                        >
                          {finding.text || (finding.ruleId === IMAGE_ALT_RULE ? "图片" : "")}
                        </Typography.Text>
                        {finding.field === "TITLE" && <Tag style={{ marginInlineStart: 4 }}>标题</Tag>}
                        {finding.suggestion && <Typography.Text> → {finding.suggestion}</Typography.Text>}
                        <div>
                          <Typography.Text type="secondary">{finding.explanation}</Typography.Text>
                        </div>
                        <Flex gap={4} wrap>
                          {props.editable && change && (
                            <Button size="small" type="link" onClick={() => apply(finding, change)}>
                              采用建议
                            </Button>
                          )}
                          {props.editable && altMissing && (
                            <Button
                              size="small"
                              type="link"
                              onClick={() => setAsking({ kind: "alt", finding })}
                            >
                              填写替代文本
                            </Button>
                          )}
                          {finding.severity !== "BLOCK" && (
                            <Button
                              size="small"
                              type="link"
                              onClick={() => setAsking({ kind: "ignore", finding })}
                            >
                              忽略
                            </Button>
                          )}
                          {finding.severity === "BLOCK" && accepted && (
                            <Tag color="green">
                              已放行（{accepted.actorName}：{accepted.reason}）
                            </Tag>
                          )}
                          {finding.severity === "BLOCK" &&
                            !accepted &&
                            props.canOverride &&
                            props.articleId && (
                              <Button
                                size="small"
                                type="link"
                                danger
                                disabled={props.dirty}
                                title={props.dirty ? "请先保存，放行针对已保存的版本" : undefined}
                                onClick={() => setAsking({ kind: "override", finding })}
                              >
                                放行
                              </Button>
                            )}
                        </Flex>
                      </li>
                    );
                  })}
                </ul>
              ),
            }))}
        />
      )}
      <OverrideDialog
        open={asking?.kind === "override"}
        title={`放行“${asking?.finding.text ?? ""}”`}
        loading={overriding.loading}
        onConfirm={confirmOverride}
        onCancel={() => setAsking(null)}
      />
      <Modal
        open={asking?.kind === "ignore" || asking?.kind === "alt"}
        title={asking?.kind === "alt" ? "填写图片的替代文本" : `忽略“${asking?.finding.text ?? ""}”`}
        okText={asking?.kind === "alt" ? "确定" : "忽略"}
        cancelText="取消"
        okButtonProps={{ disabled: !ready }}
        confirmLoading={ignoring.loading}
        onOk={() => void confirm().catch(() => undefined)}
        onCancel={close}
      >
        {asking?.kind === "alt" ? (
          <Input
            aria-label="替代文本（供读屏软件朗读）"
            maxLength={200}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            onPressEnter={() => void confirm().catch(() => undefined)}
            placeholder="简要说明图片内容，如：市总工会召开工作会议现场"
          />
        ) : (
          <Input.TextArea
            aria-label="忽略理由"
            rows={3}
            maxLength={500}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            placeholder={
              ignoreKept
                ? "忽略理由（随本版保存，审核人员可见）"
                : "忽略理由（有未保存的修改：仅本次编辑有效，保存后再忽略可让审核人员看到）"
            }
          />
        )}
      </Modal>
    </section>
  );
}
