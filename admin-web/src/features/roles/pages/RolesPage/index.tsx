import { useQuery } from "@apollo/client/react";
import { Space, Table, Tag } from "antd";
import { actionLabel } from "#app/actions";
import { usePageTitle } from "#app/pageTitle";
import type { RolesQuery } from "#gql/graphql";
import { PageHeader } from "#ui/PageHeader";
import { RolesDocument } from "../../graphql/roles";

type Role = RolesQuery["roles"][number];
const SCOPE_LABELS = { CITY: "全市", UNIT: "单位", SITE: "站点" } as const;

/** Roles are data kept by identity; this page only shows them. */
export function RolesPage() {
  usePageTitle("角色");
  const { data, loading } = useQuery(RolesDocument);
  return (
    <section>
      <PageHeader title="角色" />
      <Table<Role>
        rowKey="code"
        loading={loading}
        dataSource={data?.roles ?? []}
        pagination={false}
        columns={[
          {
            title: "角色",
            render: (_, role) => (
              <Space size={4}>
                {role.name}
                {role.exclusiveGroup && <Tag color="purple">三员分立</Tag>}
                {role.requiresTotp && <Tag color="blue">须动态口令</Tag>}
              </Space>
            ),
          },
          { title: "代码", dataIndex: "code" },
          {
            title: "可分配范围",
            render: (_, role) => role.scopeKinds.map((kind) => SCOPE_LABELS[kind]).join("、"),
          },
          {
            title: "权限",
            render: (_, role) => (
              <Space size={[4, 4]} wrap>
                {role.actions.map((action) => (
                  <Tag key={action}>{actionLabel(action)}</Tag>
                ))}
              </Space>
            ),
          },
        ]}
      />
    </section>
  );
}
