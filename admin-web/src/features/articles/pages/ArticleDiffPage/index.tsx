import { useQuery } from "@apollo/client/react";
import { Card, Empty, Result, Space, Spin, Tag, Typography } from "antd";
import { Link, useParams, useSearchParams } from "react-router";
import { usePageTitle } from "#app/pageTitle";
import { formatShanghaiMinute } from "#app/time";
import { PageHeader } from "#ui/PageHeader";
import { DiffText } from "../../components/DiffText";
import { fieldLabel } from "../../components/labels";
import { RevisionDiffDocument } from "../../graphql/revisionDiff";

/** Two revisions compared field by field; the body as plain text, word by word. */
export function ArticleDiffPage() {
  usePageTitle("修订对比");
  const { id } = useParams();
  const [params] = useSearchParams();
  const fromId = params.get("from") ?? "";
  const toId = params.get("to") ?? "";
  const { data, loading, error } = useQuery(RevisionDiffDocument, {
    variables: { fromId, toId },
    skip: !fromId || !toId,
  });
  const diff = data?.revisionDiff;
  const back = <Link to={`/articles/${id ?? ""}`}>返回稿件</Link>;

  if (!fromId || !toId) return <Result status="warning" title="请选择要对比的两个版本" extra={back} />;
  if (loading && !diff) return <Spin description="加载中" />;
  if (error || !diff) return <Result status="404" title="无法对比这两个版本" extra={back} />;

  const changed = diff.fields.filter((field) => field.changed);
  return (
    <section>
      <PageHeader title={`修订对比：第 ${diff.from.number} 版 → 第 ${diff.to.number} 版`} extra={back} />
      <Space style={{ marginBottom: 16 }} wrap>
        <span>
          第 {diff.from.number} 版：{diff.from.createdBy.displayName} ·{" "}
          {formatShanghaiMinute(diff.from.createdAt)}
        </span>
        <span>
          第 {diff.to.number} 版：{diff.to.createdBy.displayName} · {formatShanghaiMinute(diff.to.createdAt)}
        </span>
        <Tag color="green">新增</Tag>
        <Tag color="red">删除</Tag>
      </Space>
      {changed.length === 0 && <Empty description="两个版本没有差别" />}
      <Space orientation="vertical" size={16} style={{ width: "100%" }}>
        {diff.fields.map((field) => (
          <Card
            key={field.field}
            size="small"
            title={fieldLabel(field.field)}
            extra={field.changed ? "有修改" : "未修改"}
          >
            {field.changed ? (
              <DiffText parts={field.parts} />
            ) : (
              <Typography.Text type="secondary">
                {field.parts.map((part) => part.text).join("") || "（空）"}
              </Typography.Text>
            )}
          </Card>
        ))}
      </Space>
    </section>
  );
}
