// 督办 one letter: a comment for the handling unit, recorded on the timeline and sent to the unit.
import { useMutation } from "@apollo/client/react";
import { App, Button, Form, Input, Modal } from "antd";
import { useState } from "react";
import { SuperviseLetterDocument } from "../graphql/superviseLetter";

export function SuperviseLetterButton({ letterId, title }: { letterId: string; title: string }) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ comment: string }>();
  const [supervise, { loading }] = useMutation(SuperviseLetterDocument);
  const submit = async () => {
    const { comment } = await form.validateFields();
    await supervise({ variables: { id: letterId, comment } });
    message.success("已督办，承办单位将收到督办意见");
    setOpen(false);
    form.resetFields();
  };
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)} aria-label={`督办：${title}`}>
        督办
      </Button>
      <Modal
        title={`督办：${title}`}
        open={open}
        okText="发出督办"
        cancelText="取消"
        confirmLoading={loading}
        onOk={() => void submit().catch(() => undefined)}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item
            name="comment"
            label="督办意见"
            rules={[
              { required: true, whitespace: true, message: "请填写督办意见" },
              { min: 2, message: "督办意见至少 2 个字" },
              { max: 1000, message: "督办意见不能超过 1000 个字" },
            ]}
          >
            <Input.TextArea rows={4} placeholder="如：该件已逾期，请于三个工作日内办结并报送结果" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
