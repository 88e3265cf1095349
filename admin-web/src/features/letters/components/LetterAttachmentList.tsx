// 附件: the letter's files with name, type and size. The links go to the admin server, which forwards them to
// interaction with the staff member's token (mirrored into a cookie for this path, see app/session.ts); interaction
// lets through only those who may read the letter and answers with a download.
import { PaperClipOutlined } from "@ant-design/icons";
import { List, Typography } from "antd";
import type { LetterAttachmentListFragment } from "#gql/graphql";

const TYPE_LABELS: Record<string, string> = {
  "application/pdf": "PDF 文档",
  "image/jpeg": "JPEG 图片",
  "image/png": "PNG 图片",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word 文档",
};

export function attachmentTypeLabel(mediaType: string): string {
  return TYPE_LABELS[mediaType] ?? mediaType;
}

export function formatAttachmentSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function LetterAttachmentList({
  attachments,
}: {
  attachments: LetterAttachmentListFragment["attachments"];
}) {
  if (attachments.length === 0) return null;
  return (
    <section aria-label="附件">
      <Typography.Text strong>附件（{attachments.length}）</Typography.Text>
      <List
        size="small"
        dataSource={attachments}
        renderItem={(attachment) => (
          <List.Item
            actions={[
              <a
                key="download"
                href={`/letter-attachments/${encodeURIComponent(attachment.id)}`}
                download={attachment.filename}
                aria-label={`下载 ${attachment.filename}`}
              >
                下载
              </a>,
            ]}
          >
            <List.Item.Meta
              avatar={<PaperClipOutlined aria-hidden />}
              title={attachment.filename}
              description={`${attachmentTypeLabel(attachment.mediaType)} · ${formatAttachmentSize(attachment.size)}`}
            />
          </List.Item>
        )}
      />
    </section>
  );
}
