import { useMutation, useQuery } from "@apollo/client/react";
import { App, Button, Input, Space, Table, Tag } from "antd";
import { useState } from "react";
import { useAccess } from "#app/me";
import { usePageTitle } from "#app/pageTitle";
import type { UserRowFragment } from "#gql/graphql";
import { DemoTag } from "#ui/DemoTag";
import { PageHeader } from "#ui/PageHeader";
import { ResetPasswordModal } from "../../components/ResetPasswordModal";
import { RoleAssignmentsModal, scopeLabel } from "../../components/RoleAssignmentsModal";
import { UserFormModal } from "../../components/UserFormModal";
import { UnlockUserDocument } from "../../graphql/unlockUser";
import { UsersDocument } from "../../graphql/users";

export const USERS_PAGE_SIZE = 20;

function isLocked(user: UserRowFragment): boolean {
  return user.lockedUntil !== null && new Date(user.lockedUntil).getTime() > Date.now();
}

export function UsersPage() {
  usePageTitle("用户管理");
  const access = useAccess();
  const { message } = App.useApp();
  const [search, setSearch] = useState("");
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<UserRowFragment | null | undefined>(undefined);
  const [resetting, setResetting] = useState<UserRowFragment | null>(null);
  const [assigningId, setAssigningId] = useState<string | null>(null);
  const { data, loading, refetch } = useQuery(UsersDocument, {
    variables: {
      filter: search ? { search } : null,
      offset: (page - 1) * USERS_PAGE_SIZE,
      limit: USERS_PAGE_SIZE,
    },
  });
  const [unlockUser] = useMutation(UnlockUserDocument);
  const users = data?.users.items ?? [];
  const assigning = users.find((user) => user.id === assigningId) ?? null;
  const canManage = access.can("user.manage");
  const canUnlock = access.can("security.manage");
  const canAssign = access.can("role.assign");

  return (
    <section>
      <PageHeader
        title="用户管理"
        extra={
          canManage && (
            <Button type="primary" onClick={() => setEditing(null)}>
              新建用户
            </Button>
          )
        }
      />
      <Input.Search
        aria-label="搜索用户"
        placeholder="按用户名或姓名搜索"
        allowClear
        style={{ maxWidth: 320, marginBottom: 16 }}
        onSearch={(value) => {
          setSearch(value.trim());
          setPage(1);
        }}
      />
      <Table<UserRowFragment>
        rowKey="id"
        loading={loading}
        dataSource={users}
        pagination={{
          current: page,
          pageSize: USERS_PAGE_SIZE,
          total: data?.users.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => `共 ${total} 人`,
          onChange: setPage,
        }}
        columns={[
          {
            title: "用户名",
            render: (_, user) => (
              <Space size={4}>
                {user.username}
                <DemoTag isDemo={user.isDemo} />
              </Space>
            ),
          },
          { title: "姓名", dataIndex: "displayName" },
          { title: "单位", render: (_, user) => user.unit?.name ?? "—" },
          {
            title: "角色",
            render: (_, user) =>
              user.roles.map((assignment) => (
                <Tag key={assignment.id}>
                  {assignment.role.name} · {scopeLabel(assignment)}
                </Tag>
              )),
          },
          {
            title: "状态",
            render: (_, user) => (
              <Space size={4}>
                {user.status === "ACTIVE" ? <Tag color="green">正常</Tag> : <Tag>停用</Tag>}
                {isLocked(user) && <Tag color="red">已锁定</Tag>}
                {user.totpEnabled && <Tag color="blue">动态口令</Tag>}
              </Space>
            ),
          },
          {
            title: "操作",
            render: (_, user) => (
              <Space size={0} wrap>
                {canManage && (
                  <Button type="link" size="small" onClick={() => setEditing(user)}>
                    编辑
                  </Button>
                )}
                {canManage && (
                  <Button type="link" size="small" onClick={() => setResetting(user)}>
                    重置密码
                  </Button>
                )}
                {canAssign && (
                  <Button type="link" size="small" onClick={() => setAssigningId(user.id)}>
                    角色
                  </Button>
                )}
                {canUnlock && isLocked(user) && (
                  <Button
                    type="link"
                    size="small"
                    onClick={() =>
                      unlockUser({ variables: { id: user.id } })
                        .then(() => message.success("已解除锁定"))
                        .catch(() => undefined)
                    }
                  >
                    解锁
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <UserFormModal
        open={editing !== undefined}
        user={editing ?? null}
        onClose={(saved) => {
          setEditing(undefined);
          if (saved) refetch();
        }}
      />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
      <RoleAssignmentsModal
        user={assigning}
        onClose={() => setAssigningId(null)}
        onChanged={() => refetch()}
      />
    </section>
  );
}
