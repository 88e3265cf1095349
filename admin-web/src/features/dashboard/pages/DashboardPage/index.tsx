import { useQuery } from "@apollo/client/react";
import { Card, Col, Empty, Row, Space, Table, Tag } from "antd";
import { actionLabel } from "#app/actions";
import { type CurrentUser, useMe } from "#app/me";
import { usePageTitle } from "#app/pageTitle";
import { DemoTag } from "#ui/DemoTag";
import { PageHeader } from "#ui/PageHeader";
import { ChannelTree } from "../../components/ChannelTree";
import { SiteChannelsDocument } from "../../graphql/siteChannels";

type Grant = CurrentUser["grants"][number];

function grantScope(grant: Grant): string {
  if (grant.site) return `站点：${grant.site.name}`;
  if (grant.unit) return `单位：${grant.unit.name}`;
  return "全市";
}

export function DashboardPage() {
  usePageTitle("工作台");
  const { me, currentSiteId } = useMe();
  const channels = useQuery(SiteChannelsDocument, {
    variables: { id: currentSiteId ?? "" },
    skip: !currentSiteId,
  });
  const site = channels.data?.site;

  return (
    <section>
      <PageHeader title="工作台" />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title="我的角色与权限">
            <Table<Grant>
              rowKey={(grant) => `${grant.role}:${grant.unit?.id ?? ""}:${grant.site?.id ?? ""}`}
              size="small"
              pagination={false}
              dataSource={me?.grants ?? []}
              locale={{ emptyText: "尚未分配角色，请联系单位管理员" }}
              columns={[
                { title: "角色", dataIndex: "roleName" },
                { title: "范围", render: (_, grant) => grantScope(grant) },
                {
                  title: "权限",
                  render: (_, grant) => (
                    <Space size={[4, 4]} wrap>
                      {grant.actions.map((action) => (
                        <Tag key={action}>{actionLabel(action)}</Tag>
                      ))}
                    </Space>
                  ),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card
            title={
              site ? (
                <Space size={4}>
                  {`${site.name} · 栏目`}
                  <DemoTag isDemo={site.isDemo} />
                </Space>
              ) : (
                "站点栏目"
              )
            }
            loading={channels.loading}
          >
            {!currentSiteId ? (
              <Empty description="请在页头选择站点" />
            ) : site && site.channels.length > 0 ? (
              <ChannelTree channels={site.channels} />
            ) : (
              <Empty description="该站点还没有栏目" />
            )}
          </Card>
        </Col>
      </Row>
    </section>
  );
}
