// 相似答复: published replies to similar letters from the knowledge base (智库), offered to the handler while the
// reply is being drafted. Each can be copied as a starting point; none of them carries personal data.
import { useQuery } from "@apollo/client/react";
import { App, Button, Card, Collapse, Empty, Space, Tag, Typography } from "antd";
import { SimilarRepliesDocument } from "../graphql/similarReplies";

const percent = (value: number) => `${Math.round(value * 100)}%`;

export function SimilarRepliesCard({ letterId }: { letterId: string }) {
  const { message } = App.useApp();
  const { data, loading } = useQuery(SimilarRepliesDocument, {
    variables: { letterId },
    context: { silentErrors: true },
  });
  const replies = data?.similarReplies ?? [];
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      message.success("答复已复制，可粘贴到答复稿中修改");
    } catch {
      message.error("无法访问剪贴板，请手动选择文字复制");
    }
  };
  return (
    <Card title="相似信件的既往答复" size="small" loading={loading}>
      {replies.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="智库中暂无相似答复" />
      ) : (
        <Collapse
          size="small"
          items={replies.map(({ entry, score }) => ({
            key: entry.id,
            label: (
              <Space size={4} wrap>
                <span>{entry.title}</span>
                <Tag>相似度 {percent(score)}</Tag>
              </Space>
            ),
            children: (
              <div>
                <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }}>{entry.answer}</Typography.Paragraph>
                <Button size="small" onClick={() => copy(entry.answer)}>
                  复制答复
                </Button>
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}
