// The buttons for what the caller may do with the letter now, each opening a small form. A refused or
// stale action comes back as a typed error the error link shows in Chinese; the dialog then stays open. A reply
// refused for its text (it repeats the writer's personal data) shows the server's words next to the reply.
import { useMutation } from "@apollo/client/react";
import { Alert, App, Button, Form, Input, Modal, Radio, Select, Space, Typography } from "antd";
import { useState } from "react";
import type { Access } from "#app/access";
import { errorMessage } from "#app/errorLink";
import type { LetterDetailFragment } from "#gql/graphql";
import { AcceptLetterDocument } from "../graphql/acceptLetter";
import { AssignLetterDocument } from "../graphql/assignLetter";
import { CloseLetterDocument } from "../graphql/closeLetter";
import { CoHandleLetterDocument } from "../graphql/coHandleLetter";
import { DraftLetterReplyDocument } from "../graphql/draftLetterReply";
import { NotAcceptLetterDocument } from "../graphql/notAcceptLetter";
import { ProvideLetterInfoDocument } from "../graphql/provideLetterInfo";
import { PublishLetterReplyDocument } from "../graphql/publishLetterReply";
import { RequestLetterInfoDocument } from "../graphql/requestLetterInfo";
import { ReviewLetterReplyDocument } from "../graphql/reviewLetterReply";
import { ReworkLetterDocument } from "../graphql/reworkLetter";
import { TransferLetterDocument } from "../graphql/transferLetter";
import { availableActions, type LetterActionKind } from "./availableActions";
import { replyFieldError } from "./replyFieldError";

interface Values {
  comment?: string;
  reason?: string;
  unitId?: string;
  unitIds?: string[];
  content?: string;
  decision?: "approve" | "reject";
}

export const ACTION_BUTTONS: Record<LetterActionKind, { label: string; done: string; danger?: boolean }> = {
  accept: { label: "受理", done: "已受理" },
  notAccept: { label: "不予受理", done: "已不予受理", danger: true },
  assign: { label: "交办", done: "已交办" },
  transfer: { label: "转办", done: "已转办" },
  coHandle: { label: "协办单位", done: "已设置协办单位" },
  requestInfo: { label: "请写信人补充材料", done: "已请写信人补充材料" },
  provideInfo: { label: "登记补充材料", done: "已登记补充材料" },
  draftReply: { label: "起草答复", done: "答复已提交审核" },
  reviewReply: { label: "审核答复", done: "已审核" },
  publishReply: { label: "发布答复", done: "答复已发布" },
  rework: { label: "退回返工", done: "已退回返工", danger: true },
  close: { label: "办结", done: "已办结" },
};

const PRIMARY: ReadonlySet<LetterActionKind> = new Set([
  "accept",
  "assign",
  "draftReply",
  "reviewReply",
  "publishReply",
  "close",
]);

/** Actions on the reply text: their refusals of the text are shown in the dialog, not as a notice. */
const REPLY_ACTIONS: ReadonlySet<LetterActionKind> = new Set(["draftReply", "reviewReply", "publishReply"]);
/** The error link leaves these to the dialog (it still sends an expired session to the login page). */
const SHOWN_HERE = { context: { silentErrors: true } } as const;

const required = (message: string) => [{ required: true, whitespace: true, message }];
const reasonRules = (what: string) => [
  ...required(`请填写${what}`),
  { min: 2, message: `${what}至少 2 个字` },
  { max: 1000, message: `${what}不能超过 1000 个字` },
];

export function LetterActions(props: {
  letter: LetterDetailFragment;
  access: Access;
  unitOptions: { value: string; label: string }[];
  nameOf(unitId: string | null): string;
  /** The routing suggestion's unit: the assign form starts with it. */
  suggestedUnitId?: string | null;
}) {
  const { letter } = props;
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [dialog, setDialog] = useState<LetterActionKind | null>(null);
  /** Why the server refused the reply under review or to publish (the draft form shows it on its field). */
  const [replyError, setReplyError] = useState<string | null>(null);
  const [accept, accepting] = useMutation(AcceptLetterDocument);
  const [notAccept, notAccepting] = useMutation(NotAcceptLetterDocument);
  const [assign, assigning] = useMutation(AssignLetterDocument);
  const [transfer, transferring] = useMutation(TransferLetterDocument);
  const [coHandle, coHandling] = useMutation(CoHandleLetterDocument);
  const [requestInfo, requesting] = useMutation(RequestLetterInfoDocument);
  const [provideInfo, providing] = useMutation(ProvideLetterInfoDocument);
  const [draftReply, drafting] = useMutation(DraftLetterReplyDocument);
  const [reviewReply, reviewing] = useMutation(ReviewLetterReplyDocument);
  const [publishReply, publishing] = useMutation(PublishLetterReplyDocument);
  const [rework, reworking] = useMutation(ReworkLetterDocument);
  const [close, closing] = useMutation(CloseLetterDocument);
  const busy = [
    accepting,
    notAccepting,
    assigning,
    transferring,
    coHandling,
    requesting,
    providing,
    drafting,
    reviewing,
    publishing,
    reworking,
    closing,
  ].some((state) => state.loading);

  const actions = availableActions(letter, props.access);
  const id = letter.id;
  const activeCo = letter.units
    .filter((unit) => unit.role === "co" && !unit.endedAt)
    .map((unit) => unit.unitId);
  const otherUnits = props.unitOptions.filter((option) => option.value !== letter.ownerUnitId);

  const open = (kind: LetterActionKind) => {
    form.resetFields();
    setReplyError(null);
    if (kind === "assign" && props.suggestedUnitId) form.setFieldsValue({ unitId: props.suggestedUnitId });
    if (kind === "coHandle") form.setFieldsValue({ unitIds: activeCo });
    if (kind === "draftReply") form.setFieldsValue({ content: letter.draftReply ?? "" });
    if (kind === "reviewReply")
      form.setFieldsValue({ decision: letter.status === "REPLY_APPROVED" ? "reject" : "approve" });
    setDialog(kind);
  };

  const run = async (values: Values) => {
    if (!dialog) return;
    const comment = values.comment?.trim() || null;
    const reason = values.reason?.trim() ?? "";
    try {
      switch (dialog) {
        case "accept":
          await accept({ variables: { id, comment } });
          break;
        case "notAccept":
          await notAccept({ variables: { id, reason } });
          break;
        case "assign":
          await assign({ variables: { id, unitId: values.unitId ?? "", comment } });
          break;
        case "transfer":
          await transfer({ variables: { id, unitId: values.unitId ?? "", reason } });
          break;
        case "coHandle":
          await coHandle({ variables: { id, unitIds: values.unitIds ?? [], comment } });
          break;
        case "requestInfo":
          await requestInfo({ variables: { id, question: reason } });
          break;
        case "provideInfo":
          await provideInfo({ variables: { id, info: reason } });
          break;
        case "draftReply":
          await draftReply({ variables: { id, content: values.content?.trim() ?? "" }, ...SHOWN_HERE });
          break;
        case "reviewReply":
          await reviewReply({
            variables: { id, approve: values.decision !== "reject", comment },
            ...SHOWN_HERE,
          });
          break;
        case "publishReply":
          await publishReply({ variables: { id }, ...SHOWN_HERE });
          break;
        case "rework":
          await rework({ variables: { id, reason } });
          break;
        case "close":
          await close({ variables: { id, comment } });
          break;
      }
    } catch (error) {
      // The error link has shown why (in Chinese), but for the reply's own actions; keep the form open.
      if (REPLY_ACTIONS.has(dialog)) {
        const onReply = replyFieldError(error);
        if (onReply && dialog === "draftReply") form.setFields([{ name: "content", errors: [onReply] }]);
        else if (onReply) setReplyError(onReply);
        else message.error(errorMessage(error instanceof Error ? error : new Error(String(error))));
      }
      return;
    }
    message.success(ACTION_BUTTONS[dialog].done);
    setDialog(null);
  };

  if (actions.length === 0) return null;
  const unitSelect = (options: { value: string; label: string }[], multiple = false) => (
    <Select
      aria-label={multiple ? "协办单位" : "单位"}
      mode={multiple ? "multiple" : undefined}
      showSearch
      optionFilterProp="label"
      placeholder="选择单位"
      options={options}
    />
  );
  const commentField = (label = "说明") => (
    <Form.Item name="comment" label={label} rules={[{ max: 1000, message: "说明不能超过 1000 个字" }]}>
      <Input.TextArea aria-label={label} rows={3} />
    </Form.Item>
  );
  const reasonField = (label: string) => (
    <Form.Item name="reason" label={label} rules={reasonRules(label)}>
      <Input.TextArea aria-label={label} rows={4} />
    </Form.Item>
  );
  const replyAlert = replyError && (
    <Alert type="error" showIcon title={replyError} style={{ marginBottom: 16 }} />
  );
  const fields = (kind: LetterActionKind) => {
    switch (kind) {
      case "accept":
        return commentField("受理说明");
      case "notAccept":
        return reasonField("不予受理理由");
      case "assign":
        return (
          <>
            <Form.Item name="unitId" label="承办单位" rules={[{ required: true, message: "请选择承办单位" }]}>
              {unitSelect(props.unitOptions)}
            </Form.Item>
            {commentField("交办意见")}
          </>
        );
      case "transfer":
        return (
          <>
            <Typography.Paragraph type="secondary">
              当前主办单位：{props.nameOf(letter.ownerUnitId)}。转办后面向写信人的期限继续计算。
            </Typography.Paragraph>
            <Form.Item name="unitId" label="转至单位" rules={[{ required: true, message: "请选择转至单位" }]}>
              {unitSelect(otherUnits)}
            </Form.Item>
            {reasonField("转办理由")}
          </>
        );
      case "coHandle":
        return (
          <>
            <Typography.Paragraph type="secondary">
              主办单位：{props.nameOf(letter.ownerUnitId)}。协办单位协助办理，由主办单位统一答复。
            </Typography.Paragraph>
            <Form.Item
              name="unitIds"
              label="协办单位"
              rules={[{ type: "array", max: 10, message: "协办单位不能超过 10 个" }]}
            >
              {unitSelect(otherUnits, true)}
            </Form.Item>
            {commentField()}
          </>
        );
      case "requestInfo":
        return reasonField("需要补充的内容");
      case "provideInfo":
        return reasonField("写信人补充的材料");
      case "draftReply":
        return (
          <Form.Item
            name="content"
            label="答复内容"
            rules={[
              ...required("请填写答复内容"),
              { min: 5, message: "答复内容至少 5 个字" },
              { max: 10000, message: "答复内容不能超过 10000 个字" },
            ]}
          >
            <Input.TextArea aria-label="答复内容" rows={10} />
          </Form.Item>
        );
      case "reviewReply":
        return (
          <>
            <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }} aria-label="待审核的答复">
              {letter.draftReply}
            </Typography.Paragraph>
            {replyAlert}
            <Form.Item name="decision" label="审核结果">
              <Radio.Group
                options={[
                  // Approved already: only sending it back is left.
                  ...(letter.status === "REPLY_APPROVED" ? [] : [{ value: "approve", label: "通过" }]),
                  { value: "reject", label: "退回修改" },
                ]}
              />
            </Form.Item>
            <Form.Item
              name="comment"
              label="审核意见"
              dependencies={["decision"]}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_, value?: string) =>
                    getFieldValue("decision") === "reject" && (value?.trim().length ?? 0) < 2
                      ? Promise.reject(new Error("请填写审核意见（至少 2 个字）"))
                      : Promise.resolve(),
                }),
                { max: 1000, message: "审核意见不能超过 1000 个字" },
              ]}
            >
              <Input.TextArea aria-label="审核意见" rows={3} />
            </Form.Item>
          </>
        );
      case "publishReply":
        return (
          <>
            <Typography.Paragraph>发布后写信人即可看到以下答复：</Typography.Paragraph>
            <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }}>
              {letter.draftReply}
            </Typography.Paragraph>
            {replyAlert}
          </>
        );
      case "rework":
        return (
          <>
            <Typography.Paragraph type="secondary">
              已返工 {letter.reworkCount} 次，最多 {letter.mailbox.maxReworks} 次。
            </Typography.Paragraph>
            {reasonField("返工理由")}
          </>
        );
      case "close":
        return commentField("办结说明");
    }
  };

  return (
    <>
      <Space wrap aria-label="办理操作">
        {actions.map((kind) => (
          <Button
            key={kind}
            type={PRIMARY.has(kind) ? "primary" : "default"}
            danger={ACTION_BUTTONS[kind].danger}
            onClick={() => open(kind)}
          >
            {ACTION_BUTTONS[kind].label}
          </Button>
        ))}
      </Space>
      <Modal
        title={dialog ? ACTION_BUTTONS[dialog].label : ""}
        open={dialog !== null}
        forceRender
        okText="确定"
        cancelText="取消"
        confirmLoading={busy}
        width={dialog === "draftReply" || dialog === "reviewReply" ? 720 : 520}
        onOk={() => form.submit()}
        onCancel={() => setDialog(null)}
      >
        <Form<Values>
          form={form}
          name="letter-action"
          layout="vertical"
          onFinish={(values) => void run(values)}
        >
          {dialog && fields(dialog)}
        </Form>
      </Modal>
    </>
  );
}
