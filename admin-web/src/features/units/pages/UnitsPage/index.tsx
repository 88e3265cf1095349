import { useQuery } from "@apollo/client/react";
import { Button, Space, Table } from "antd";
import { useMemo, useState } from "react";
import { useAccess } from "#app/me";
import { usePageTitle } from "#app/pageTitle";
import type { UnitRowFragment } from "#gql/graphql";
import { DemoTag } from "#ui/DemoTag";
import { PageHeader } from "#ui/PageHeader";
import { UNIT_KIND_LABELS, UNIT_LEVEL_LABELS } from "../../components/labels";
import { UnitFormModal } from "../../components/UnitFormModal";
import { buildUnitTree, type UnitNode } from "../../components/unitTree";
import { UnitsDocument } from "../../graphql/units";

export function UnitsPage() {
  usePageTitle("单位管理");
  const access = useAccess();
  const canManage = access.can("unit.manage");
  const { data, loading, refetch } = useQuery(UnitsDocument, { variables: { filter: null } });
  const [editing, setEditing] = useState<UnitRowFragment | null | undefined>(undefined);
  const units = data?.units ?? [];
  const tree = useMemo(() => buildUnitTree(data?.units ?? []), [data]);

  return (
    <section>
      <PageHeader
        title="单位管理"
        extra={
          canManage && (
            <Button type="primary" onClick={() => setEditing(null)}>
              新建单位
            </Button>
          )
        }
      />
      <Table<UnitNode>
        rowKey="id"
        loading={loading}
        dataSource={tree}
        pagination={false}
        columns={[
          {
            title: "单位名称",
            render: (_, unit) => (
              <Space size={4}>
                {unit.name}
                <DemoTag isDemo={unit.isDemo} />
              </Space>
            ),
          },
          { title: "简称", render: (_, unit) => unit.shortName ?? "—" },
          { title: "编码", dataIndex: "code" },
          { title: "类别", render: (_, unit) => UNIT_KIND_LABELS[unit.kind] },
          { title: "层级", render: (_, unit) => UNIT_LEVEL_LABELS[unit.level] },
          ...(canManage
            ? [
                {
                  title: "操作",
                  render: (_: unknown, unit: UnitNode) => (
                    <Button type="link" size="small" onClick={() => setEditing(unit)}>
                      编辑
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <UnitFormModal
        open={editing !== undefined}
        unit={editing ?? null}
        units={units}
        onClose={(saved) => {
          setEditing(undefined);
          if (saved) refetch();
        }}
      />
    </section>
  );
}
