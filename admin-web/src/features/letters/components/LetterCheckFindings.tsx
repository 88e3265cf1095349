// 内容校验: what the text check flagged when the letter was submitted — each finding's words, category and
// severity (the labels of the recheck screens), explanation and suggestion — and the letter's text with
// the findings marked, so a dispatcher can judge a held letter before accepting it. The letter is the
// citizen's: nothing here changes it.
import { Alert, Card, Space, Tag, Typography } from "antd";
import type { ReactNode } from "react";
import type { LetterDetailFragment, TextCheckSeverity } from "#gql/graphql";
import { categoryLabel, SEVERITY_LABELS } from "../../recheck/components/labels";

type CheckResult = NonNullable<LetterDetailFragment["checkResult"]>;
type Finding = CheckResult["findings"][number];

const MARK_STYLES: Record<TextCheckSeverity, { background: string; borderBottom: string }> = {
  BLOCK: { background: "#fff1f0", borderBottom: "2px solid #cf1322" },
  WARN: { background: "#fff7e6", borderBottom: "2px solid #d46b08" },
  HINT: { background: "#e6f4ff", borderBottom: "2px solid #1677ff" },
};

const FIELD_LABELS: Record<string, string> = { TITLE: "标题", BODY: "正文" };

/**
 * The text with the findings' spans marked. A finding is marked only where the text still reads as its
 * words there (the content may reach a viewer masked), and overlapping findings keep the first.
 */
export function HighlightedText({ text, findings }: { text: string; findings: readonly Finding[] }) {
  const spans = findings
    .filter(
      (finding) => text.slice(finding.start, finding.end) === finding.text && finding.end > finding.start,
    )
    .sort((a, b) => a.start - b.start);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const finding of spans) {
    if (finding.start < at) continue;
    parts.push(text.slice(at, finding.start));
    parts.push(
      <mark
        key={finding.key}
        data-severity={finding.severity}
        title={finding.explanation}
        style={{ ...MARK_STYLES[finding.severity], padding: 0 }}
      >
        {finding.text}
      </mark>,
    );
    at = finding.end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

export function LetterCheckFindings({ checkResult, held }: { checkResult: CheckResult; held: boolean }) {
  if (checkResult.findings.length === 0) return null;
  return (
    <Card title="内容校验" size="small" aria-label="内容校验">
      {held && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={`内容校验发现 ${checkResult.blockCount} 处须人工确认的问题`}
          description="信件不会因此退回；核对下列问题后受理，即表示已人工确认。"
        />
      )}
      <ul aria-label="校验发现的问题" style={{ listStyle: "none", margin: 0, padding: 0 }}>
        {checkResult.findings.map((finding) => (
          <li key={finding.key} style={{ padding: "8px 0", borderBottom: "1px solid #f0f0f0" }}>
            <Space orientation="vertical" size={2}>
              <Space size={4} wrap>
                <Tag color={SEVERITY_LABELS[finding.severity].color}>
                  {SEVERITY_LABELS[finding.severity].label}
                </Tag>
                <Tag>{categoryLabel(finding.category)}</Tag>
                <Typography.Text type="secondary">
                  {FIELD_LABELS[finding.field] ?? finding.field}
                </Typography.Text>
                <mark style={{ ...MARK_STYLES[finding.severity], padding: 0 }}>{finding.text}</mark>
              </Space>
              <Typography.Text>{finding.explanation}</Typography.Text>
              {finding.suggestion && (
                <Typography.Text type="secondary">建议：{finding.suggestion}</Typography.Text>
              )}
            </Space>
          </li>
        ))}
      </ul>
      <Typography.Text type="secondary">词库版本 {checkResult.lexiconVersion}</Typography.Text>
    </Card>
  );
}
