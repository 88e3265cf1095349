// 并入本件的信件: the duplicates following this letter (合并办理), each linked; its reply goes to their writers too.
import { Card, Tag, Typography } from "antd";
import { Link } from "react-router";
import { formatShanghaiMinute } from "#app/time";
import type { LetterDetailFragment } from "#gql/graphql";
import { STATUS_LABELS } from "./labels";

const LIST_STYLE = { listStyle: "none", margin: 0, padding: 0 } as const;
const ITEM_STYLE = { padding: "6px 0" } as const;

export function MergedLettersCard({ letters }: { letters: LetterDetailFragment["mergedLetters"] }) {
  if (letters.length === 0) return null;
  return (
    <Card title={`并入本件的信件（${letters.length}）`} size="small">
      <ul aria-label="并入本件的信件" style={LIST_STYLE}>
        {letters.map((merged) => {
          const status = STATUS_LABELS[merged.status];
          return (
            <li key={merged.id} style={ITEM_STYLE}>
              <Link to={`/letters/${merged.id}`}>{merged.title}</Link>
              <div>
                <Tag color={status.color}>{status.label}</Tag>
                <Typography.Text type="secondary">{formatShanghaiMinute(merged.createdAt)}</Typography.Text>
              </div>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
