// What the publish gate sees on the saved revision, for reviewers: findings grouped by severity with the
// block-level ones highlighted, which of them are overridden and which warnings the editor ignored (who,
// why), and — for holders of 错敏词放行 — overriding one or all open block-level findings with a reason
// (recorded on the timeline and the sheet).
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Tag, Typography } from "antd";
import { useState } from "react";
import { formatShanghaiMinute } from "#app/time";
import type { ArticleCheckResultQuery } from "#gql/graphql";
import { ArticleCheckResultDocument } from "../graphql/articleCheckResult";
import { OverrideArticleFindingsDocument } from "../graphql/overrideArticleFindings";
import { OverrideDialog } from "./OverrideDialog";

type Finding = NonNullable<ArticleCheckResultQuery["article"]>["checkResult"]["findings"][number];

const GROUPS = [
  { severity: "BLOCK", label: "必须处理", color: "red" },
  { severity: "WARN", label: "建议修改", color: "orange" },
  { severity: "HINT", label: "提示", color: "blue" },
] as const;

export function ReviewCheckPanel(props: { articleId: string; canOverride: boolean }) {
  const { message } = App.useApp();
  const { data, loading, refetch } = useQuery(ArticleCheckResultDocument, {
    // The lexicon may have changed since the last look: read it fresh (the parent remounts per revision).
    variables: { id: props.articleId },
    fetchPolicy: "network-only",
  });
  const [override, overriding] = useMutation(OverrideArticleFindingsDocument);
  const [asking, setAsking] = useState<Finding | "all" | null>(null);
  const result = data?.article?.checkResult;

  if (!result) return loading ? <Typography.Text type="secondary">正在检查…</Typography.Text> : null;
  const open = result.findings.filter((f) => f.severity === "BLOCK" && !f.override);

  const confirm = async (reason: string) => {
    if (!asking) return;
    await override({
      variables: {
        articleId: props.articleId,
        findingKeys: asking === "all" ? null : [asking.key],
        reason,
      },
    });
    message.success("已放行，记入审核记录和审签单");
    setAsking(null);
    await refetch();
  };

  return (
    <section aria-label="送审检查">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        词库版本 {result.lexiconVersion} · 阻断 {result.blockCount} 处，提醒 {result.warnCount} 处，提示{" "}
        {result.hintCount} 处
      </Typography.Paragraph>
      {result.unresolvedBlockCount > 0 ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 8 }}
          title={`有 ${result.unresolvedBlockCount} 处必须处理的问题`}
          description="修改稿件，或由有“错敏词放行”权限的人员说明理由后放行，才能终审通过和发布。"
          action={
            props.canOverride && open.length > 1 ? (
              <Button size="small" danger onClick={() => setAsking("all")}>
                全部放行
              </Button>
            ) : undefined
          }
        />
      ) : (
        result.blockCount > 0 && (
          <Alert type="success" showIcon style={{ marginBottom: 8 }} title="阻断级问题均已放行" />
        )
      )}
      {result.findings.length === 0 && <Typography.Text>未发现问题</Typography.Text>}
      {GROUPS.map((group) => {
        const items = result.findings.filter((f) => f.severity === group.severity);
        if (items.length === 0) return null;
        return (
          <div key={group.severity} style={{ marginBottom: 8 }}>
            <Tag color={group.color}>{group.label}</Tag>
            {items.length} 处
            <ul style={{ margin: "4px 0 0", paddingInlineStart: 16 }}>
              {items.map((finding) => (
                <li
                  key={finding.key}
                  data-severity={finding.severity}
                  style={
                    finding.severity === "BLOCK" && !finding.override
                      ? {
                          background: "#fff1f0",
                          borderInlineStart: "3px solid #ff4d4f",
                          paddingInlineStart: 6,
                        }
                      : undefined
                  }
                >
                  <Typography.Text strong>{finding.text}</Typography.Text>
                  {finding.field === "TITLE" && <Tag style={{ marginInlineStart: 4 }}>标题</Tag>}
                  {finding.suggestion && <Typography.Text> → {finding.suggestion}</Typography.Text>}
                  <div>
                    <Typography.Text type="secondary">{finding.explanation}</Typography.Text>
                  </div>
                  {finding.override ? (
                    <Tag color="green">
                      已放行：{finding.override.actorName}，{formatShanghaiMinute(finding.override.at)}
                      ，理由：
                      {finding.override.reason}
                    </Tag>
                  ) : finding.ignore ? (
                    <Tag>
                      已忽略：{finding.ignore.actorName}，{formatShanghaiMinute(finding.ignore.at)}，理由：
                      {finding.ignore.reason}
                    </Tag>
                  ) : (
                    finding.severity === "BLOCK" &&
                    props.canOverride && (
                      <Button size="small" type="link" danger onClick={() => setAsking(finding)}>
                        放行
                      </Button>
                    )
                  )}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      <OverrideDialog
        open={asking !== null}
        title={asking === "all" ? `放行全部 ${open.length} 处问题` : `放行“${asking?.text ?? ""}”`}
        loading={overriding.loading}
        onConfirm={confirm}
        onCancel={() => setAsking(null)}
      />
    </section>
  );
}
