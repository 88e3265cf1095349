import { useQuery } from "@apollo/client/react";
import { Button, Result, Spin } from "antd";
import { Link, useParams } from "react-router";
import { usePageTitle } from "#app/pageTitle";
import { formatShanghaiMinute } from "#app/time";
import { ACTION_LABELS } from "../../components/labels";
import { ReviewSheetDocument } from "../../graphql/reviewSheet";

// Only the sheet is printed: the admin's menu and header are hidden, the table keeps its borders.
const PRINT_CSS = `
.review-sheet { max-width: 800px; margin: 0 auto; background: #fff; padding: 32px; color: #000; }
.review-sheet h1 { text-align: center; font-size: 24px; letter-spacing: 8px; margin-bottom: 24px; }
.review-sheet table { width: 100%; border-collapse: collapse; }
.review-sheet th, .review-sheet td { border: 1px solid #000; padding: 8px 10px; text-align: left; vertical-align: top; }
.review-sheet th { width: 120px; background: #fafafa; }
@media print {
  body * { visibility: hidden; }
  .review-sheet, .review-sheet * { visibility: visible; }
  .review-sheet { position: absolute; left: 0; top: 0; width: 100%; padding: 0; }
  .no-print { display: none !important; }
  @page { size: A4; margin: 20mm; }
}`;

/** 审签单: the article's data and each stage's signer, time and opinion, ready to print. */
export function ReviewSheetPage() {
  usePageTitle("审签单");
  const { id } = useParams();
  const { data, loading, error } = useQuery(ReviewSheetDocument, {
    variables: { articleId: id ?? "" },
    skip: !id,
  });
  const sheet = data?.reviewSheet;
  if (loading && !sheet) return <Spin description="加载中" />;
  if (error || !sheet) return <Result status="404" title="审签单不存在或无权查看" />;
  const { article, revision } = sheet;

  return (
    <section>
      <style>{PRINT_CSS}</style>
      <div className="no-print" style={{ marginBottom: 16, display: "flex", gap: 12, alignItems: "center" }}>
        <Link to={`/articles/${article.id}`}>返回稿件</Link>
        <Button type="primary" onClick={() => window.print()}>
          打印
        </Button>
      </div>
      <div className="review-sheet">
        <h1>稿件审签单</h1>
        <table>
          <tbody>
            <tr>
              <th scope="row">标题</th>
              <td colSpan={3}>{revision.title}</td>
            </tr>
            {revision.subtitle && (
              <tr>
                <th scope="row">副标题</th>
                <td colSpan={3}>{revision.subtitle}</td>
              </tr>
            )}
            <tr>
              <th scope="row">站点</th>
              <td>{article.site.name}</td>
              <th scope="row">栏目</th>
              <td>{article.channel.name}</td>
            </tr>
            <tr>
              <th scope="row">作者</th>
              <td>{revision.author ?? article.createdBy.displayName}</td>
              <th scope="row">责任编辑</th>
              <td>{revision.editorOfRecord ?? "—"}</td>
            </tr>
            <tr>
              <th scope="row">来源</th>
              <td>{revision.source ?? "—"}</td>
              <th scope="row">版本</th>
              <td>第 {revision.number} 版</td>
            </tr>
          </tbody>
        </table>
        <table style={{ marginTop: 16 }}>
          <thead>
            <tr>
              <th scope="col">环节</th>
              <th scope="col">签署人</th>
              <th scope="col">意见</th>
              <th scope="col">时间</th>
            </tr>
          </thead>
          <tbody>
            {sheet.entries.length === 0 && (
              <tr>
                <td colSpan={4}>尚无审核记录</td>
              </tr>
            )}
            {sheet.entries.map((entry) => (
              <tr key={entry.id}>
                {/* A stage is signed by approving or rejecting there; the submission is the editor's, not 初审's. */}
                <td>
                  {(entry.action === "APPROVE" || entry.action === "REJECT") && entry.stageName
                    ? entry.stageName
                    : ACTION_LABELS[entry.action]}
                </td>
                <td>{entry.actor?.displayName ?? entry.actorName}</td>
                <td>
                  {/* An override's comment already names the action, what was let through and why. */}
                  {entry.action === "CHECK_OVERRIDE" && entry.comment
                    ? entry.comment
                    : `${ACTION_LABELS[entry.action]}${entry.comment ? `：${entry.comment}` : ""}`}
                </td>
                <td>{formatShanghaiMinute(entry.at)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table style={{ marginTop: 16 }} aria-label="内容检查">
          <tbody>
            <tr>
              <th scope="row">内容检查</th>
              <td colSpan={3}>
                词库版本 {sheet.checkResult.lexiconVersion}：阻断级问题 {sheet.checkResult.blockCount} 处
                {sheet.checkResult.blockCount > 0 &&
                  (sheet.checkResult.unresolvedBlockCount > 0
                    ? `，其中 ${sheet.checkResult.unresolvedBlockCount} 处尚未处理`
                    : "，均已放行")}
                ；提醒 {sheet.checkResult.warnCount} 处
              </td>
            </tr>
          </tbody>
        </table>
        {sheet.checkResult.overrides.length > 0 && (
          <table style={{ marginTop: 16 }} aria-label="错敏词放行记录">
            <caption style={{ textAlign: "left", fontWeight: 600, padding: "4px 0" }}>错敏词放行记录</caption>
            <thead>
              <tr>
                <th scope="col">放行内容</th>
                <th scope="col">放行人</th>
                <th scope="col">理由</th>
                <th scope="col">时间</th>
              </tr>
            </thead>
            <tbody>
              {sheet.checkResult.overrides.map((override) => (
                <tr key={override.id}>
                  <td>“{override.text}”</td>
                  <td>{override.actorName}</td>
                  <td>{override.reason}</td>
                  <td>{formatShanghaiMinute(override.at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {/* The editor's reasons for leaving warnings as they are: part of what the reviewers signed off. */}
        {sheet.checkResult.ignores.length > 0 && (
          <table style={{ marginTop: 16 }} aria-label="忽略的提醒">
            <caption style={{ textAlign: "left", fontWeight: 600, padding: "4px 0" }}>忽略的提醒</caption>
            <thead>
              <tr>
                <th scope="col">内容</th>
                <th scope="col">忽略人</th>
                <th scope="col">理由</th>
                <th scope="col">时间</th>
              </tr>
            </thead>
            <tbody>
              {sheet.checkResult.ignores.map((ignore) => (
                <tr key={ignore.id}>
                  <td>{ignore.text ? `“${ignore.text}”` : "图片"}</td>
                  <td>{ignore.actorName}</td>
                  <td>{ignore.reason}</td>
                  <td>{formatShanghaiMinute(ignore.at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {article.publishedAt && (
          <p style={{ marginTop: 16 }}>发布时间：{formatShanghaiMinute(article.publishedAt)}</p>
        )}
      </div>
    </section>
  );
}
