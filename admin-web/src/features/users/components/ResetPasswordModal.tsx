import { useMutation } from "@apollo/client/react";
import { App, Form, Input, Modal } from "antd";
import type { UserRowFragment } from "#gql/graphql";
import { ResetPasswordDocument } from "../graphql/resetPassword";

export function ResetPasswordModal(props: { user: UserRowFragment | null; onClose(): void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ newPassword: string }>();
  const [resetPassword, { loading }] = useMutation(ResetPasswordDocument);
  return (
    <Modal
      title={props.user ? `重置密码：${props.user.username}` : "重置密码"}
      open={props.user !== null}
      destroyOnHidden
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={props.onClose}
    >
      <Form
        form={form}
        name="resetPassword"
        layout="vertical"
        preserve={false}
        onFinish={async ({ newPassword }) => {
          if (!props.user) return;
          try {
            await resetPassword({ variables: { id: props.user.id, newPassword } });
            message.success("密码已重置");
            props.onClose();
          } catch {
            // the error link has shown the reason
          }
        }}
      >
        <Form.Item
          label="新密码"
          name="newPassword"
          rules={[{ required: true, min: 10, message: "密码至少 10 位" }]}
          extra="至少 10 位，且不能与用户名相同"
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
