// Creates or edits a mailbox of a unit: where it is shown, how its letters are handled (kind, deadline in
// working days, rework limit) and who receives them. The site is fixed once created (the server's update input
// has no site), so it is only chosen when creating.
import { CombinedGraphQLErrors } from "@apollo/client";
import { useMutation } from "@apollo/client/react";
import { Alert, Form, Input, InputNumber, Modal, Select, Switch } from "antd";
import { useState } from "react";
import type { LetterKind, MailboxFieldsFragment, MailboxKind, MailboxRecipientRole } from "#gql/graphql";
import { CreateMailboxDocument } from "../graphql/createMailbox";
import { UpdateMailboxDocument } from "../graphql/updateMailbox";
import {
  DEADLINE_WORKDAYS,
  defaultLetterKind,
  LETTER_KIND_LABELS,
  MAILBOX_KIND_LABELS,
  MAX_RECIPIENTS,
  MAX_REWORKS,
  RECIPIENT_ROLE_LABELS,
  SORT_ORDER,
} from "./labels";
import { type MailboxFormValues, toCreateMailboxInput, toUpdateMailboxInput } from "./toMailboxInput";

export interface Option {
  value: string;
  label: string;
  disabled?: boolean;
}

const optionsOf = <K extends string>(labels: Record<K, string>) =>
  (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));

/** A new mailbox starts with the server's defaults. */
const NEW_MAILBOX: MailboxFormValues = {
  name: "",
  kind: "GENERAL",
  letterKind: "CONSULTATION",
  deadlineWorkdays: 15,
  maxReworks: 2,
  recipientUserIds: [],
  recipientRole: "LETTER_DISPATCHER",
  isPublic: true,
  allowAnonymous: true,
  sortOrder: 0,
};

function valuesOf(mailbox: MailboxFieldsFragment): MailboxFormValues {
  return {
    name: mailbox.name,
    description: mailbox.description ?? undefined,
    siteId: mailbox.site?.id,
    kind: mailbox.kind,
    letterKind: mailbox.letterKind,
    deadlineWorkdays: mailbox.deadlineWorkdays,
    maxReworks: mailbox.maxReworks,
    recipientUserIds: mailbox.recipientUserIds,
    recipientRole: mailbox.recipientRole ?? undefined,
    isPublic: mailbox.isPublic,
    allowAnonymous: mailbox.allowAnonymous,
    sortOrder: mailbox.sortOrder,
  };
}

export function MailboxFormModal(props: {
  open: boolean;
  unitId: string;
  mailbox: MailboxFieldsFragment | null;
  siteOptions: Option[];
  userOptions: Option[];
  onClose(saved: boolean): void;
}) {
  const { mailbox } = props;
  const [form] = Form.useForm<MailboxFormValues>();
  const [error, setError] = useState<string | null>(null);
  const [createMailbox, create] = useMutation(CreateMailboxDocument, { context: { silentErrors: true } });
  const [updateMailbox, update] = useMutation(UpdateMailboxDocument, { context: { silentErrors: true } });

  const save = async (values: MailboxFormValues) => {
    try {
      setError(null);
      if (mailbox)
        await updateMailbox({ variables: { id: mailbox.id, input: toUpdateMailboxInput(values) } });
      else await createMailbox({ variables: { input: toCreateMailboxInput(props.unitId, values) } });
      props.onClose(true);
    } catch (caught) {
      setError((CombinedGraphQLErrors.is(caught) ? caught.errors[0]?.message : undefined) ?? "保存失败");
    }
  };

  return (
    <Modal
      title={mailbox ? "编辑信箱" : "新建信箱"}
      open={props.open}
      destroyOnHidden
      width={720}
      okText="保存"
      cancelText="取消"
      confirmLoading={create.loading || update.loading}
      onOk={() => form.submit()}
      onCancel={() => {
        setError(null);
        props.onClose(false);
      }}
    >
      <Form<MailboxFormValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={mailbox ? valuesOf(mailbox) : NEW_MAILBOX}
        onValuesChange={(changed: Partial<MailboxFormValues>) => {
          // Follow the display kind with the handling kind the server would assume, until it is chosen by hand.
          if (changed.kind && !form.isFieldTouched("letterKind"))
            form.setFieldValue("letterKind", defaultLetterKind(changed.kind));
        }}
        onFinish={save}
      >
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Form.Item
          name="name"
          label="信箱名称"
          rules={[{ required: true, whitespace: true, message: "请填写信箱名称" }]}
        >
          <Input maxLength={50} showCount placeholder="如：书记信箱、主任信箱、投诉信箱" />
        </Form.Item>
        <Form.Item name="description" label="信箱说明">
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
        <Form.Item
          name="siteId"
          label="展示站点"
          extra={mailbox ? "展示站点创建后不能更改" : "不选则在单位的所有站点展示"}
        >
          <Select<string>
            allowClear
            disabled={!!mailbox}
            placeholder="全部站点"
            options={props.siteOptions}
            showSearch={{ optionFilterProp: "label" }}
          />
        </Form.Item>
        <Form.Item name="kind" label="信箱类型" rules={[{ required: true, message: "请选择信箱类型" }]}>
          <Select<MailboxKind> options={optionsOf(MAILBOX_KIND_LABELS)} />
        </Form.Item>
        <Form.Item name="letterKind" label="办理类型" rules={[{ required: true, message: "请选择办理类型" }]}>
          <Select<LetterKind> options={optionsOf(LETTER_KIND_LABELS)} />
        </Form.Item>
        <Form.Item
          name="deadlineWorkdays"
          label="办理期限（工作日）"
          extra="受理后下一个工作日起算"
          rules={[
            { required: true, message: "请填写办理期限" },
            {
              type: "integer",
              min: DEADLINE_WORKDAYS.min,
              max: DEADLINE_WORKDAYS.max,
              message: `办理期限须在 ${DEADLINE_WORKDAYS.min}–${DEADLINE_WORKDAYS.max} 个工作日之间`,
            },
          ]}
        >
          <InputNumber precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item
          name="maxReworks"
          label="返工上限"
          extra="来信人不满意时最多退回重办的次数"
          rules={[
            { required: true, message: "请填写返工上限" },
            {
              type: "integer",
              min: MAX_REWORKS.min,
              max: MAX_REWORKS.max,
              message: `返工上限须在 ${MAX_REWORKS.min}–${MAX_REWORKS.max} 次之间`,
            },
          ]}
        >
          <InputNumber precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item
          name="recipientUserIds"
          label="接收人"
          extra="新来信会提醒这些人员：待受理的信件出现在其页眉的新来信提醒（铃铛）中"
          rules={[{ type: "array", max: MAX_RECIPIENTS, message: `接收人不能超过 ${MAX_RECIPIENTS} 个` }]}
        >
          <Select<string[]>
            mode="multiple"
            allowClear
            placeholder="选择本单位人员"
            options={props.userOptions}
            showSearch={{ optionFilterProp: "label" }}
          />
        </Form.Item>
        <Form.Item
          name="recipientRole"
          label="接收角色"
          extra="单位内持有该角色的人员都会收到新来信提醒（须有查看本单位信件的权限）"
          dependencies={["recipientUserIds"]}
          rules={[
            ({ getFieldValue }) => ({
              // Nobody would be told of a new letter otherwise.
              validator: (_rule, value?: MailboxRecipientRole) =>
                value || (getFieldValue("recipientUserIds") ?? []).length > 0
                  ? Promise.resolve()
                  : Promise.reject(new Error("请指定接收人或接收角色")),
            }),
          ]}
        >
          <Select<MailboxRecipientRole>
            allowClear
            placeholder="不按角色（仅上面的接收人）"
            options={optionsOf(RECIPIENT_ROLE_LABELS)}
          />
        </Form.Item>
        <Form.Item name="isPublic" label="公开" valuePropName="checked" extra="公开的信箱在门户展示">
          <Switch />
        </Form.Item>
        <Form.Item
          name="allowAnonymous"
          label="允许匿名"
          valuePropName="checked"
          extra="未登录的访客可写信（须填写经短信验证码验证的联系电话）"
        >
          <Switch />
        </Form.Item>
        <Form.Item
          name="sortOrder"
          label="排序"
          extra="数字小的排在前面"
          rules={[
            { required: true, message: "请填写排序" },
            {
              type: "integer",
              min: SORT_ORDER.min,
              max: SORT_ORDER.max,
              message: `排序须在 ${SORT_ORDER.min}–${SORT_ORDER.max} 之间`,
            },
          ]}
        >
          <InputNumber precision={0} style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
