import { useMutation } from "@apollo/client/react";
import { Form, Input, InputNumber, Modal, Select } from "antd";
import type { ChannelFieldsFragment, ChannelKind, UpdateClass } from "#gql/graphql";
import { CreateChannelDocument } from "../graphql/createChannel";
import { UpdateChannelDocument } from "../graphql/updateChannel";
import { CHANNEL_KIND_LABELS, UPDATE_CLASS_LABELS } from "./labels";

interface Values {
  name: string;
  slug: string;
  kind: ChannelKind;
  linkUrl?: string;
  updateClass: UpdateClass;
  sortOrder: number;
}

const options = <T extends string>(labels: Record<T, string>) =>
  (Object.entries(labels) as [T, string][]).map(([value, label]) => ({ value, label }));

/** Creates a channel (at the top or under a parent) or edits one; the slug is fixed once created. */
export function ChannelFormModal(props: {
  open: boolean;
  siteId: string;
  parent: { id: string; name: string } | null;
  channel: ChannelFieldsFragment | null;
  onClose(saved: boolean): void;
}) {
  const { channel, parent } = props;
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch("kind", form);
  const [createChannel, create] = useMutation(CreateChannelDocument);
  const [updateChannel, update] = useMutation(UpdateChannelDocument);

  const save = async (values: Values) => {
    const common = {
      name: values.name.trim(),
      kind: values.kind,
      linkUrl: values.kind === "LINK" ? (values.linkUrl?.trim() ?? null) : null,
      updateClass: values.updateClass,
      sortOrder: values.sortOrder ?? 0,
    };
    if (channel) await updateChannel({ variables: { id: channel.id, input: common } });
    else
      await createChannel({
        variables: {
          input: { ...common, siteId: props.siteId, parentId: parent?.id ?? null, slug: values.slug },
        },
      });
    props.onClose(true);
  };

  const title = channel ? `编辑栏目：${channel.name}` : parent ? `新建子栏目（${parent.name}）` : "新建栏目";
  return (
    <Modal
      title={title}
      open={props.open}
      destroyOnHidden
      confirmLoading={create.loading || update.loading}
      onOk={() => form.submit()}
      onCancel={() => props.onClose(false)}
    >
      <Form<Values>
        form={form}
        name="channel"
        layout="vertical"
        preserve={false}
        initialValues={
          channel
            ? {
                name: channel.name,
                slug: channel.path.split("/").pop(),
                kind: channel.kind,
                linkUrl: channel.linkUrl ?? "",
                updateClass: channel.updateClass,
                sortOrder: channel.sortOrder,
              }
            : { kind: "LIST", updateClass: "DYNAMIC", sortOrder: 0 }
        }
        onFinish={(values) => save(values).catch(() => undefined)}
      >
        <Form.Item
          name="name"
          label="栏目名称"
          rules={[{ required: true, whitespace: true, message: "请输入栏目名称" }]}
        >
          <Input maxLength={50} showCount />
        </Form.Item>
        <Form.Item
          name="slug"
          label="路径"
          extra={channel ? `完整路径：${channel.path}（创建后不可修改）` : "小写字母、数字和连字符，如 gzdt"}
          rules={[
            { required: true, pattern: /^[a-z0-9][a-z0-9-]*$/, message: "只能包含小写字母、数字和连字符" },
          ]}
        >
          <Input disabled={channel !== null} />
        </Form.Item>
        <Form.Item name="kind" label="类型" rules={[{ required: true }]}>
          <Select options={options(CHANNEL_KIND_LABELS)} />
        </Form.Item>
        {kind === "LINK" && (
          <Form.Item
            name="linkUrl"
            label="链接地址"
            rules={[{ required: true, type: "url", message: "请输入网址" }]}
          >
            <Input placeholder="https://" />
          </Form.Item>
        )}
        <Form.Item name="updateClass" label="更新频率分类" rules={[{ required: true }]}>
          <Select options={options(UPDATE_CLASS_LABELS)} />
        </Form.Item>
        <Form.Item name="sortOrder" label="排序（小的在前）">
          <InputNumber min={0} precision={0} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
