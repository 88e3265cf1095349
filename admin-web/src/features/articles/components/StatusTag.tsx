import { Tag } from "antd";
import type { ArticleStatus } from "#gql/graphql";
import { STATUS_LABELS } from "./labels";

export function StatusTag({ status }: { status: ArticleStatus }) {
  const { text, color } = STATUS_LABELS[status];
  return <Tag color={color}>{text}</Tag>;
}
