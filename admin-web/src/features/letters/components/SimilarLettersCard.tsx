// 相似信件: recent letters of the same units that read like this one (suspected duplicates). Whoever may merge
// picks the duplicates and merges them into this letter (合并办理): they follow it, and its reply is published
// to every writer. A refused or stale merge comes back as a typed error the error link shows in Chinese; the
// dialog then stays open.
import { useMutation, useQuery } from "@apollo/client/react";
import { App, Button, Card, Checkbox, Empty, Form, Input, Modal, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import type { Access } from "#app/access";
import { formatShanghaiMinute } from "#app/time";
import type { LetterDetailFragment, LetterSimilarLettersQuery } from "#gql/graphql";
import { LetterSimilarLettersDocument } from "../graphql/letterSimilarLetters";
import { MergeLettersDocument } from "../graphql/mergeLetters";
import { STATUS_LABELS } from "./labels";
import { MERGEABLE, mayMerge, PRIMARY_OPEN } from "./mergeRules";

type Similar = NonNullable<LetterSimilarLettersQuery["letter"]>["similarLetters"][number];

const percent = (value: number) => `${Math.round(value * 100)}%`;
/** The server lists related letters (the same complaint in other words) and near-copies; these are marked. */
const NEAR_DUPLICATE = 0.65;

const LIST_STYLE = { listStyle: "none", margin: 0, padding: 0 } as const;
const ITEM_STYLE = { padding: "6px 0" } as const;

export function SimilarLettersCard(props: {
  letter: Pick<LetterDetailFragment, "id" | "status" | "ownerUnitId" | "mailbox">;
  access: Access;
}) {
  const { letter, access } = props;
  const { message } = App.useApp();
  const [form] = Form.useForm<{ comment?: string }>();
  const [checked, setChecked] = useState<string[]>([]);
  const [open, setOpen] = useState(false);
  const { data, loading } = useQuery(LetterSimilarLettersDocument, {
    variables: { id: letter.id },
    context: { silentErrors: true },
  });
  // The mutation answers with this letter's whole detail (its mergedLetters and timeline), which refreshes
  // the page through the cache; the candidates' states are fetched again.
  const [merge, merging] = useMutation(MergeLettersDocument, {
    refetchQueries: [LetterSimilarLettersDocument],
  });
  const similar = data?.letter?.similarLetters ?? [];
  const primaryOpen = PRIMARY_OPEN.has(letter.status);
  const selectable = (item: Similar) =>
    primaryOpen &&
    MERGEABLE.has(item.letter.status) &&
    !item.letter.mergedInto &&
    mayMerge(access, letter, item.letter);
  const anySelectable = similar.some(selectable);
  const chosen = similar.filter((item) => checked.includes(item.letter.id) && selectable(item));
  // Before 受理 there is no primary to follow yet; say so to those who could merge once it is accepted.
  const waitForAccept =
    letter.status === "RECEIVED" &&
    similar.some((item) => MERGEABLE.has(item.letter.status) && mayMerge(access, letter, item.letter));

  const toggle = (id: string, on: boolean) =>
    setChecked((current) => (on ? [...current, id] : current.filter((other) => other !== id)));

  const submit = async ({ comment }: { comment?: string }) => {
    const duplicateIds = chosen.map((item) => item.letter.id);
    try {
      await merge({
        variables: { primaryId: letter.id, duplicateIds, comment: comment?.trim() || null },
      });
    } catch {
      // The error link has shown why; keep the dialog so the user can retry or cancel.
      return;
    }
    message.success(`已将 ${duplicateIds.length} 封信件并入本件合并办理`);
    setChecked([]);
    setOpen(false);
  };

  return (
    <Card
      title="相似信件"
      size="small"
      loading={loading && !data}
      extra={
        anySelectable && (
          <Button
            size="small"
            type="primary"
            disabled={chosen.length === 0}
            onClick={() => {
              form.resetFields();
              setOpen(true);
            }}
          >
            合并办理
          </Button>
        )
      }
    >
      {similar.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="近期没有相似信件" />
      ) : (
        <ul aria-label="相似信件" style={LIST_STYLE}>
          {similar.map((item) => {
            const status = STATUS_LABELS[item.letter.status];
            return (
              <li key={item.letter.id} style={ITEM_STYLE}>
                <Space align="start" size={8}>
                  {anySelectable && (
                    <Checkbox
                      aria-label={`选择：${item.letter.title}`}
                      disabled={!selectable(item)}
                      checked={checked.includes(item.letter.id) && selectable(item)}
                      onChange={(event) => toggle(item.letter.id, event.target.checked)}
                    />
                  )}
                  <div>
                    <Link to={`/letters/${item.letter.id}`}>{item.letter.title}</Link>
                    <div>
                      <Tag>相似度 {percent(item.similarity)}</Tag>
                      {item.similarity >= NEAR_DUPLICATE && <Tag color="red">疑似重复</Tag>}
                      <Tag color={status.color}>{status.label}</Tag>
                      {item.letter.mergedInto?.id === letter.id && <Tag color="magenta">已并入本件</Tag>}
                      <Typography.Text type="secondary">
                        {formatShanghaiMinute(item.letter.createdAt)}
                      </Typography.Text>
                    </div>
                  </div>
                </Space>
              </li>
            );
          })}
        </ul>
      )}
      {waitForAccept && (
        <Typography.Text type="secondary">
          本信件受理后，可将尚未答复的相似信件并入本件合并办理。
        </Typography.Text>
      )}
      <Modal
        title="合并办理"
        open={open}
        forceRender
        okText="合并办理"
        cancelText="取消"
        confirmLoading={merging.loading}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
      >
        <Typography.Paragraph>
          以下 {chosen.length}{" "}
          封信件将并入本件，由本件的承办单位统一办理；本件答复发布时，同一答复发给每位写信人。
        </Typography.Paragraph>
        <ul aria-label="将并入的信件">
          {chosen.map((item) => (
            <li key={item.letter.id}>{item.letter.title}</li>
          ))}
        </ul>
        <Form form={form} layout="vertical" onFinish={(values) => void submit(values)}>
          <Form.Item name="comment" label="说明" rules={[{ max: 1000, message: "说明不能超过 1000 个字" }]}>
            <Input.TextArea aria-label="说明" rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
