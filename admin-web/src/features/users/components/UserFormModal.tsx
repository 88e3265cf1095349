import { useMutation } from "@apollo/client/react";
import { Form, Input, Modal, Select } from "antd";
import { useAccess } from "#app/me";
import type { UserRowFragment } from "#gql/graphql";
import { useUnitOptions } from "../../units/hooks/useUnitOptions";
import { CreateUserDocument } from "../graphql/createUser";
import { UpdateUserDocument } from "../graphql/updateUser";

interface Values {
  username: string;
  displayName: string;
  password: string;
  unitId?: string;
  email?: string;
  phone?: string;
  status: "ACTIVE" | "DISABLED";
}

// The same limits identity's validation enforces (user.validation.ts).
const USERNAME_MAX = 32;
const NAME_MAX = 50;
const EMAIL_MAX = 200;

const blankToNull = (value: string | undefined) => (value?.trim() ? value.trim() : null);

/** Create a user (with an initial password) or edit one; `user` null means create. */
export function UserFormModal(props: {
  open: boolean;
  user: UserRowFragment | null;
  onClose(saved: boolean): void;
}) {
  const { user } = props;
  const [form] = Form.useForm<Values>();
  const units = useUnitOptions(!props.open || user !== null);
  // Without city-wide user.manage a user can only be created in a unit the caller manages users of.
  const access = useAccess();
  const cityWide = access.canCityWide("user.manage");
  const manageable = new Set(access.unitIds("user.manage"));
  const unitOptions = cityWide ? units.options : units.options.filter((unit) => manageable.has(unit.value));
  const [createUser, creating] = useMutation(CreateUserDocument);
  const [updateUser, updating] = useMutation(UpdateUserDocument);

  const save = async (values: Values) => {
    if (user) {
      await updateUser({
        variables: {
          id: user.id,
          input: {
            displayName: values.displayName,
            email: blankToNull(values.email),
            phone: blankToNull(values.phone),
            status: values.status,
          },
        },
      });
    } else {
      await createUser({
        variables: {
          input: {
            username: values.username,
            displayName: values.displayName,
            password: values.password,
            unitId: values.unitId ?? null,
            email: blankToNull(values.email),
            phone: blankToNull(values.phone),
          },
        },
      });
    }
    props.onClose(true);
  };

  return (
    <Modal
      title={user ? `编辑用户：${user.username}` : "新建用户"}
      open={props.open}
      destroyOnHidden
      confirmLoading={creating.loading || updating.loading}
      onOk={() => form.submit()}
      onCancel={() => props.onClose(false)}
    >
      <Form<Values>
        form={form}
        name="user"
        layout="vertical"
        preserve={false}
        initialValues={
          user
            ? {
                displayName: user.displayName,
                email: user.email ?? "",
                phone: user.phone ?? "",
                status: user.status,
              }
            : { status: "ACTIVE" }
        }
        onFinish={(values) => save(values).catch(() => undefined)}
      >
        {!user && (
          <Form.Item label="用户名" name="username" rules={[{ required: true, message: "请输入用户名" }]}>
            <Input autoComplete="off" maxLength={USERNAME_MAX} />
          </Form.Item>
        )}
        <Form.Item label="姓名" name="displayName" rules={[{ required: true, message: "请输入姓名" }]}>
          <Input maxLength={NAME_MAX} showCount />
        </Form.Item>
        {!user && (
          <>
            <Form.Item
              label="初始密码"
              name="password"
              rules={[{ required: true, min: 10, message: "密码至少 10 位" }]}
              extra="至少 10 位，且不能与用户名相同"
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Form.Item
              label="所属单位"
              name="unitId"
              rules={cityWide ? [] : [{ required: true, message: "请选择所属单位" }]}
              extra={cityWide ? "不选则为市级账号" : undefined}
            >
              <Select
                showSearch
                optionFilterProp="label"
                allowClear={cityWide}
                options={unitOptions}
                loading={units.loading}
              />
            </Form.Item>
          </>
        )}
        <Form.Item label="电子邮箱" name="email" rules={[{ type: "email", message: "邮箱格式不正确" }]}>
          <Input maxLength={EMAIL_MAX} />
        </Form.Item>
        <Form.Item label="手机号" name="phone">
          <Input maxLength={20} />
        </Form.Item>
        {user && (
          <Form.Item label="状态" name="status">
            <Select
              options={[
                { value: "ACTIVE", label: "正常" },
                { value: "DISABLED", label: "停用" },
              ]}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
