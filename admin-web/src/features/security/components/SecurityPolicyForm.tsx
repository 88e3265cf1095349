import { Button, Form, InputNumber, Switch } from "antd";
import type { SecurityPolicyFieldsFragment } from "#gql/graphql";

export type SecurityPolicyValues = Omit<SecurityPolicyFieldsFragment, "updatedAt">;

/** The four editable settings; the limits repeat the server's so mistakes show before saving. */
export function SecurityPolicyForm(props: {
  policy: SecurityPolicyFieldsFragment;
  saving: boolean;
  onSave(values: SecurityPolicyValues): void;
}) {
  const { policy } = props;
  const initialValues: SecurityPolicyValues = {
    totpRequiredForAdmins: policy.totpRequiredForAdmins,
    maxFailedAttempts: policy.maxFailedAttempts,
    lockoutMinutes: policy.lockoutMinutes,
    passwordMinLength: policy.passwordMinLength,
  };
  const whole = (label: string, min: number, max: number) => [
    { required: true, message: `请填写${label}` },
    { type: "integer" as const, min, max, message: `${label}须为 ${min}–${max} 的整数` },
  ];
  return (
    <Form<SecurityPolicyValues>
      name="securityPolicy"
      layout="vertical"
      style={{ maxWidth: 480 }}
      initialValues={initialValues}
      onFinish={props.onSave}
    >
      <Form.Item
        name="totpRequiredForAdmins"
        label="管理员登录须绑定动态口令"
        valuePropName="checked"
        extra="开启后，持有管理员角色的账号登录时须先绑定并输入动态口令（TOTP）。"
      >
        <Switch />
      </Form.Item>
      <Form.Item
        name="maxFailedAttempts"
        label="最大失败次数"
        rules={whole("最大失败次数", 3, 20)}
        extra="连续登录失败达到此次数后锁定账号。"
      >
        <InputNumber min={3} max={20} precision={0} suffix="次" />
      </Form.Item>
      <Form.Item name="lockoutMinutes" label="锁定时长" rules={whole("锁定时长", 1, 1440)}>
        <InputNumber min={1} max={1440} precision={0} suffix="分钟" />
      </Form.Item>
      <Form.Item
        name="passwordMinLength"
        label="密码最短长度"
        rules={whole("密码最短长度", 8, 64)}
        extra="适用于之后新设或修改的密码。"
      >
        <InputNumber min={8} max={64} precision={0} suffix="位" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={props.saving}>
        保存
      </Button>
    </Form>
  );
}
