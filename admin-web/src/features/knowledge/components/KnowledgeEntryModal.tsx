// Creates or edits a curated Q&A entry of a unit. Personal data (phone, ID, address…) is refused by the server
// unless 自动隐去个人信息 is ticked, in which case it is masked before saving.
import { CombinedGraphQLErrors } from "@apollo/client";
import { useMutation } from "@apollo/client/react";
import { Alert, Checkbox, Form, Input, Modal } from "antd";
import { useState } from "react";
import type { KnowledgeEntryFieldsFragment } from "#gql/graphql";
import { CreateKnowledgeEntryDocument } from "../graphql/createKnowledgeEntry";
import { UpdateKnowledgeEntryDocument } from "../graphql/updateKnowledgeEntry";

interface Values {
  title: string;
  question: string;
  answer: string;
  category?: string;
  stripPersonalData?: boolean;
}

export function KnowledgeEntryModal(props: {
  open: boolean;
  unitId: string;
  entry: KnowledgeEntryFieldsFragment | null;
  onClose(saved: boolean): void;
}) {
  const { entry } = props;
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [createEntry, create] = useMutation(CreateKnowledgeEntryDocument, {
    context: { silentErrors: true },
  });
  const [updateEntry, update] = useMutation(UpdateKnowledgeEntryDocument, {
    context: { silentErrors: true },
  });

  const save = async (values: Values) => {
    const input = {
      unitId: entry?.unitId ?? props.unitId,
      siteId: entry?.siteId ?? null,
      title: values.title.trim(),
      question: values.question.trim(),
      answer: values.answer.trim(),
      category: values.category?.trim() || null,
      stripPersonalData: !!values.stripPersonalData,
    };
    try {
      setError(null);
      if (entry) await updateEntry({ variables: { id: entry.id, input } });
      else await createEntry({ variables: { input } });
      props.onClose(true);
    } catch (caught) {
      setError((CombinedGraphQLErrors.is(caught) ? caught.errors[0]?.message : undefined) ?? "保存失败");
    }
  };

  return (
    <Modal
      title={entry ? "编辑问答" : "新增问答"}
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
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          title: entry?.title ?? "",
          question: entry?.question ?? "",
          answer: entry?.answer ?? "",
          category: entry?.category ?? "",
          stripPersonalData: false,
        }}
        onFinish={save}
      >
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Form.Item name="title" label="问题标题" rules={[{ required: true, message: "请填写问题标题" }]}>
          <Input maxLength={100} showCount />
        </Form.Item>
        <Form.Item name="question" label="问题内容" rules={[{ required: true, message: "请填写问题内容" }]}>
          <Input.TextArea rows={4} maxLength={5000} />
        </Form.Item>
        <Form.Item name="answer" label="答复内容" rules={[{ required: true, message: "请填写答复内容" }]}>
          <Input.TextArea rows={6} maxLength={10000} />
        </Form.Item>
        <Form.Item name="category" label="类别">
          <Input maxLength={30} placeholder="如：城乡建设、劳动和社会保障" />
        </Form.Item>
        <Form.Item name="stripPersonalData" valuePropName="checked">
          <Checkbox>自动隐去个人信息（手机号、电话、身份证号、银行卡号、邮箱、详细住址）</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
