import { Tag } from "antd";
import type { PushStatus } from "#gql/graphql";
import { PUSH_STATUS_LABELS } from "./labels";

export function PushStatusTag({ status }: { status: PushStatus }) {
  const { text, color } = PUSH_STATUS_LABELS[status];
  return <Tag color={color}>{text}</Tag>;
}
