import { useMutation, useQuery } from "@apollo/client/react";
import { Button, Divider, Flex, Form, Modal, Popconfirm, Select, Table, Typography } from "antd";
import { useAccess } from "#app/me";
import type { UserRowFragment } from "#gql/graphql";
import { RolesDocument } from "../../roles/graphql/roles";
import { useSiteOptions } from "../../sites/hooks/useSiteOptions";
import { useUnitOptions } from "../../units/hooks/useUnitOptions";
import { AssignRoleDocument } from "../graphql/assignRole";
import { RevokeRoleDocument } from "../graphql/revokeRole";
import { assignableRoles, assignableScopes } from "./assignableRoles";

type Assignment = UserRowFragment["roles"][number];

export function scopeLabel(assignment: Pick<Assignment, "unit" | "site">): string {
  if (assignment.site) return `站点：${assignment.site.name}`;
  if (assignment.unit) return `单位：${assignment.unit.name}`;
  return "全市";
}

interface Values {
  roleCode: string;
  scope?: "CITY" | "UNIT" | "SITE";
  unitId?: string;
  siteId?: string;
}

/** A user's roles: assign a role at a scope (city, unit or site) and revoke one. */
export function RoleAssignmentsModal(props: {
  user: UserRowFragment | null;
  onClose(): void;
  onChanged(): void;
}) {
  const { user } = props;
  const [form] = Form.useForm<Values>();
  const roles = useQuery(RolesDocument, { skip: !user });
  const units = useUnitOptions(!user);
  const sites = useSiteOptions(!user);
  const [assignRole, assigning] = useMutation(AssignRoleDocument);
  const [revokeRole] = useMutation(RevokeRoleDocument);
  const roleCode = Form.useWatch("roleCode", form);
  const scope = Form.useWatch("scope", form);
  const access = useAccess();
  const offered = assignableRoles(roles.data?.roles ?? [], access);
  const role = offered.find((candidate) => candidate.code === roleCode);

  const assign = async (values: Values) => {
    if (!user) return;
    try {
      await assignRole({
        variables: {
          input: {
            userId: user.id,
            roleCode: values.roleCode,
            unitId: values.scope === "UNIT" ? (values.unitId ?? null) : null,
            siteId: values.scope === "SITE" ? (values.siteId ?? null) : null,
          },
        },
      });
      form.resetFields();
      props.onChanged();
    } catch {
      // the error link has shown the reason (e.g. 三员分立 conflict)
    }
  };

  const scopeOptions = (role ? assignableScopes(role, access) : []).map((kind) => ({
    value: kind,
    label: { CITY: "全市", UNIT: "单位", SITE: "站点" }[kind],
  }));

  return (
    <Modal
      title={user ? `角色分配：${user.displayName}（${user.username}）` : "角色分配"}
      open={user !== null}
      footer={null}
      width={720}
      destroyOnHidden
      onCancel={props.onClose}
    >
      <Table<Assignment>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={user?.roles ?? []}
        locale={{ emptyText: "尚未分配角色" }}
        columns={[
          { title: "角色", render: (_, assignment) => assignment.role.name },
          { title: "范围", render: (_, assignment) => scopeLabel(assignment) },
          {
            title: "操作",
            render: (_, assignment) => (
              <Popconfirm
                title={`撤销“${assignment.role.name}”？`}
                onConfirm={async () => {
                  try {
                    await revokeRole({ variables: { assignmentId: assignment.id } });
                    props.onChanged();
                  } catch {
                    // shown by the error link
                  }
                }}
              >
                <Button type="link" danger size="small">
                  撤销
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      <Divider />
      <Typography.Title level={2} style={{ fontSize: 16 }}>
        分配角色
      </Typography.Title>
      <Form<Values>
        form={form}
        name="assignRole"
        layout="vertical"
        onFinish={assign}
        onValuesChange={(changed) => {
          if ("roleCode" in changed)
            form.setFieldsValue({ scope: undefined, unitId: undefined, siteId: undefined });
        }}
      >
        <Flex gap={12} wrap>
          <Form.Item
            label="角色"
            name="roleCode"
            rules={[{ required: true, message: "请选择角色" }]}
            style={{ minWidth: 180 }}
          >
            <Select
              loading={roles.loading}
              options={offered.map((candidate) => ({
                value: candidate.code,
                label: candidate.name,
              }))}
            />
          </Form.Item>
          <Form.Item
            label="范围"
            name="scope"
            rules={[{ required: true, message: "请选择范围" }]}
            style={{ minWidth: 120 }}
          >
            <Select options={scopeOptions} disabled={!role} />
          </Form.Item>
          {scope === "UNIT" && (
            <Form.Item
              label="单位"
              name="unitId"
              rules={[{ required: true, message: "请选择单位" }]}
              style={{ minWidth: 220 }}
            >
              <Select showSearch optionFilterProp="label" options={units.options} loading={units.loading} />
            </Form.Item>
          )}
          {scope === "SITE" && (
            <Form.Item
              label="站点"
              name="siteId"
              rules={[{ required: true, message: "请选择站点" }]}
              style={{ minWidth: 220 }}
            >
              <Select showSearch optionFilterProp="label" options={sites.options} loading={sites.loading} />
            </Form.Item>
          )}
        </Flex>
        <Button type="primary" htmlType="submit" loading={assigning.loading}>
          分配
        </Button>
      </Form>
    </Modal>
  );
}
