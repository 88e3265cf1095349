import { useQuery } from "@apollo/client/react";
import { Button, Input, Select, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useAccess } from "#app/me";
import { usePageTitle } from "#app/pageTitle";
import { portalSiteUrl, usePortalBaseUrl } from "#app/portal";
import type { SiteRowFragment, SiteStatus } from "#gql/graphql";
import { DemoTag } from "#ui/DemoTag";
import { PageHeader } from "#ui/PageHeader";
import { SITE_STATUS_COLORS, SITE_STATUS_LABELS } from "../../components/labels";
import { SiteAppearanceModal } from "../../components/SiteAppearanceModal";
import { SiteFormModal } from "../../components/SiteFormModal";
import { SitesDocument } from "../../graphql/sites";

const PAGE_SIZE = 20;

export function SitesPage() {
  usePageTitle("站点管理");
  const access = useAccess();
  const portalBaseUrl = usePortalBaseUrl();
  const [search, setSearch] = useState("");
  const [status, setStatus] = useState<SiteStatus | null>(null);
  const [styling, setStyling] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<SiteRowFragment | null | undefined>(undefined);
  const filter = search || status ? { ...(search ? { search } : {}), ...(status ? { status } : {}) } : null;
  const { data, loading, refetch } = useQuery(SitesDocument, {
    variables: { filter, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
  });
  const canCreate = access.can("site.create");
  const canUpdate = access.can("site.update");

  return (
    <section>
      <PageHeader
        title="站点管理"
        extra={
          canCreate && (
            <Button type="primary" onClick={() => setEditing(null)}>
              新建站点
            </Button>
          )
        }
      />
      <Space style={{ marginBottom: 16 }} wrap>
        <Input.Search
          aria-label="搜索站点"
          placeholder="按名称或代码搜索"
          allowClear
          onSearch={(value) => {
            setSearch(value.trim());
            setPage(1);
          }}
        />
        <Select<SiteStatus>
          aria-label="按状态筛选"
          placeholder="全部状态"
          allowClear
          style={{ width: 140 }}
          options={Object.entries(SITE_STATUS_LABELS).map(([value, label]) => ({
            value: value as SiteStatus,
            label,
          }))}
          onChange={(value) => {
            setStatus(value ?? null);
            setPage(1);
          }}
        />
      </Space>
      <Table<SiteRowFragment>
        rowKey="id"
        loading={loading}
        dataSource={data?.sites.items ?? []}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: data?.sites.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => `共 ${total} 个站点`,
          onChange: setPage,
        }}
        columns={[
          { title: "代码", dataIndex: "code" },
          {
            title: "站点名称",
            render: (_, site) => (
              <Space size={4}>
                {site.name}
                <DemoTag isDemo={site.isDemo} />
              </Space>
            ),
          },
          { title: "所属单位", render: (_, site) => site.unit.name },
          { title: "上级站点", render: (_, site) => site.parent?.name ?? "—" },
          {
            title: "状态",
            render: (_, site) => (
              <Tag color={SITE_STATUS_COLORS[site.status]}>{SITE_STATUS_LABELS[site.status]}</Tag>
            ),
          },
          { title: "域名", render: (_, site) => (site.domains.length ? site.domains.join("、") : "—") },
          {
            title: "子站",
            render: (_, site) =>
              site.children.length ? site.children.map((child) => child.name).join("、") : "—",
          },
          {
            title: "操作",
            render: (_, site) => (
              <Space size={0}>
                <Typography.Link
                  href={portalSiteUrl(portalBaseUrl, site.code)}
                  target="_blank"
                  rel="noopener"
                >
                  访问门户
                </Typography.Link>
                {canUpdate && (
                  <Button type="link" size="small" onClick={() => setEditing(site)}>
                    编辑
                  </Button>
                )}
                {canUpdate && (
                  <Button type="link" size="small" onClick={() => setStyling(site.id)}>
                    外观
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <SiteAppearanceModal siteId={styling} onClose={() => setStyling(null)} />
      <SiteFormModal
        open={editing !== undefined}
        site={editing ?? null}
        onClose={(saved) => {
          setEditing(undefined);
          if (saved) refetch();
        }}
      />
    </section>
  );
}
