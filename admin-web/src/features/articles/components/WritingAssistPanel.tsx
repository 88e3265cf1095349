// Assisted writing after a save: the suggested summary and keywords (each with 采用, which fills the form
// field) and a warning listing near-duplicate articles on the platform.
import { useQuery } from "@apollo/client/react";
import { Alert, Button, Flex, Tag, Typography } from "antd";
import { Link } from "react-router";
import { ArticleWritingAssistDocument } from "../graphql/writingAssist";

export interface WritingAssistPanelProps {
  articleId: string;
  editable: boolean;
  currentSummary: string;
  currentKeywords: string[];
  onAdoptSummary(summary: string): void;
  onAdoptKeywords(keywords: string[]): void;
}

/** Render with `key={revisionId}`: a new save remounts it and fetches the suggestions again. */
export function WritingAssistPanel(props: WritingAssistPanelProps) {
  const { data } = useQuery(ArticleWritingAssistDocument, {
    variables: { id: props.articleId },
    fetchPolicy: "network-only",
  });
  const assist = data?.article?.writingAssist;
  if (!assist) return null;
  const summaryAdopted = assist.suggestedSummary === props.currentSummary.trim();
  const newKeywords = assist.suggestedKeywords.filter((keyword) => !props.currentKeywords.includes(keyword));

  return (
    <Flex vertical gap={8} style={{ marginBottom: 16 }} aria-label="辅助写作">
      {assist.nearDuplicates.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title="发现疑似重复稿件"
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {assist.nearDuplicates.map((item) => (
                <li key={item.articleId}>
                  {item.readable ? (
                    <Link to={`/articles/${item.articleId}`}>{item.title}</Link>
                  ) : (
                    <Typography.Text>{item.title}</Typography.Text>
                  )}
                  {item.siteName && <Typography.Text type="secondary">（{item.siteName}）</Typography.Text>}
                  {item.published && <Tag style={{ marginInlineStart: 8 }}>已发布</Tag>}
                  <Typography.Text type="secondary">
                    相似度 {Math.round(item.similarity * 100)}%
                  </Typography.Text>
                </li>
              ))}
            </ul>
          }
        />
      )}
      {assist.suggestedSummary && !summaryAdopted && (
        <Flex gap={8} align="baseline">
          <Typography.Text type="secondary" style={{ flex: "none" }}>
            建议摘要：
          </Typography.Text>
          <Typography.Text style={{ flex: 1 }}>{assist.suggestedSummary}</Typography.Text>
          {props.editable && (
            <Button size="small" onClick={() => props.onAdoptSummary(assist.suggestedSummary)}>
              采用
            </Button>
          )}
        </Flex>
      )}
      {newKeywords.length > 0 && (
        <Flex gap={8} align="baseline" wrap>
          <Typography.Text type="secondary">建议关键词：</Typography.Text>
          {assist.suggestedKeywords.map((keyword) => (
            <Tag key={keyword}>{keyword}</Tag>
          ))}
          {props.editable && (
            <Button
              size="small"
              onClick={() => props.onAdoptKeywords([...new Set([...props.currentKeywords, ...newKeywords])])}
            >
              采用
            </Button>
          )}
        </Flex>
      )}
    </Flex>
  );
}
