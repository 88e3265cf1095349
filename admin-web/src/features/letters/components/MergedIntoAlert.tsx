// A letter merged into another (合并办理) follows that primary: the page says which, and until the primary's
// reply is published whoever may unmerge takes it out again (取消合并), back to its state and unit before.
import { useMutation } from "@apollo/client/react";
import { Alert, App, Button, Form, Input, Modal, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import type { Access } from "#app/access";
import type { LetterDetailFragment } from "#gql/graphql";
import { UnmergeLetterDocument } from "../graphql/unmergeLetter";
import { mayUnmerge } from "./mergeRules";

export function MergedIntoAlert(props: {
  letter: Pick<LetterDetailFragment, "id" | "status" | "ownerUnitId" | "mailbox" | "mergedInto">;
  access: Access;
}) {
  const { letter } = props;
  const { message } = App.useApp();
  const [form] = Form.useForm<{ comment?: string }>();
  const [open, setOpen] = useState(false);
  // The mutation answers with this letter's whole detail (restored state, unit and timeline), which refreshes
  // the page through the cache.
  const [unmerge, unmerging] = useMutation(UnmergeLetterDocument);
  const merged = letter.status === "MERGED";
  if (!merged && !letter.mergedInto) return null;

  const submit = async ({ comment }: { comment?: string }) => {
    try {
      await unmerge({ variables: { id: letter.id, comment: comment?.trim() || null } });
    } catch {
      // The error link has shown why (e.g. the primary's reply was just published); keep the dialog.
      return;
    }
    message.success("已取消合并，信件恢复为合并前的状态和承办单位");
    setOpen(false);
  };

  // The primary is shown only to staff who may read it; otherwise just the fact of the merge.
  const primary = letter.mergedInto ? (
    <Link to={`/letters/${letter.mergedInto.id}`}>《{letter.mergedInto.title}》</Link>
  ) : (
    "其他信件"
  );
  return (
    <>
      <Alert
        type="info"
        showIcon
        title={<span>本信件已并入 {primary} 合并办理</span>}
        description={
          merged
            ? "主信件的答复发布时，同一答复将发给本信件的写信人。"
            : "主信件的答复已发布给本信件的写信人。"
        }
        action={
          mayUnmerge(props.access, letter) && (
            <Button
              size="small"
              danger
              onClick={() => {
                form.resetFields();
                setOpen(true);
              }}
            >
              取消合并
            </Button>
          )
        }
      />
      <Modal
        title="取消合并"
        open={open}
        forceRender
        okText="取消合并"
        cancelText="返回"
        okButtonProps={{ danger: true }}
        confirmLoading={unmerging.loading}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
      >
        <Typography.Paragraph>
          取消合并后，本信件恢复为合并前的状态和承办单位，单独办理和答复。
        </Typography.Paragraph>
        <Form form={form} layout="vertical" onFinish={(values) => void submit(values)}>
          <Form.Item name="comment" label="说明" rules={[{ max: 1000, message: "说明不能超过 1000 个字" }]}>
            <Input.TextArea aria-label="说明" rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
