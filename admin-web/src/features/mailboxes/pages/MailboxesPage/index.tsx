// 信箱管理: a unit's public mailboxes (书记信箱、主任信箱、咨询、投诉、建议…) and the non-public ones, for its
// mailbox managers (mailbox.manage): how letters to each are handled, by when, who receives them, and on which
// of the unit's sites it is shown.
import { CombinedGraphQLErrors } from "@apollo/client";
import { useMutation, useQuery } from "@apollo/client/react";
import { App, Button, Empty, Popconfirm, Select, Space, Table, Tag, Typography } from "antd";
import { useMemo, useState } from "react";
import { useMe } from "#app/me";
import { usePageTitle } from "#app/pageTitle";
import type { MailboxFieldsFragment } from "#gql/graphql";
import { PageHeader } from "#ui/PageHeader";
import { useUnitNames } from "../../../letters/hooks/useUnitNames";
import {
  LETTER_KIND_LABELS,
  MAILBOX_KIND_LABELS,
  RECIPIENT_ROLE_LABELS,
  UNIT_LIST_LIMIT,
} from "../../components/labels";
import { MailboxFormModal } from "../../components/MailboxFormModal";
import { DeleteMailboxDocument } from "../../graphql/deleteMailbox";
import { MailboxRecipientUsersDocument } from "../../graphql/mailboxRecipientUsers";
import { MailboxUnitSitesDocument } from "../../graphql/mailboxUnitSites";
import { UnitMailboxesDocument } from "../../graphql/unitMailboxes";

const yesNo = (value: boolean) => (value ? <Tag color="green">是</Tag> : <Tag>否</Tag>);

export function MailboxesPage() {
  usePageTitle("信箱管理");
  const { access } = useMe();
  const { message } = App.useApp();
  const { options } = useUnitNames();
  // City-wide managers pick any unit; the others the units they manage mailboxes in. A site-scoped grant does
  // not open the unit's list (it holds mailboxes shown on every site).
  const unitOptions = access.canCityWide("mailbox.manage")
    ? options
    : options.filter((option) => access.unitIds("mailbox.manage").includes(option.value));
  const [chosenUnit, setUnitId] = useState<string | undefined>(undefined);
  const unitId = chosenUnit ?? unitOptions[0]?.value;
  const [editing, setEditing] = useState<{ mailbox: MailboxFieldsFragment | null } | null>(null);
  const { data, loading, refetch } = useQuery(UnitMailboxesDocument, {
    variables: { unitId: unitId ?? "" },
    skip: !unitId,
    fetchPolicy: "cache-and-network",
  });
  const sites = useQuery(MailboxUnitSitesDocument, {
    variables: { unitId: unitId ?? "", limit: UNIT_LIST_LIMIT },
    skip: !unitId,
  });
  const users = useQuery(MailboxRecipientUsersDocument, {
    variables: { unitId: unitId ?? "", limit: UNIT_LIST_LIMIT },
    skip: !unitId,
  });
  const [deleteMailbox] = useMutation(DeleteMailboxDocument, { context: { silentErrors: true } });

  const siteOptions = (sites.data?.sites.items ?? []).map((site) => ({
    value: site.id,
    label: `${site.name}（${site.code}）`,
  }));
  const userNames = useMemo(
    () =>
      new Map((users.data?.users.items ?? []).map((user) => [user.id, user.displayName || user.username])),
    [users.data],
  );
  // Disabled staff cannot be chosen anew, but stay named where they already receive letters.
  const userOptions = (users.data?.users.items ?? []).map((user) => ({
    value: user.id,
    label: `${user.displayName}（${user.username}）${user.status === "ACTIVE" ? "" : "（已停用）"}`,
    disabled: user.status !== "ACTIVE",
  }));

  const remove = async (mailbox: MailboxFieldsFragment) => {
    try {
      await deleteMailbox({ variables: { id: mailbox.id } });
      message.success("已删除");
      await refetch();
    } catch (error) {
      // E.g. a mailbox that already has letters, or the 统一窗口 mailbox, is refused.
      message.error((CombinedGraphQLErrors.is(error) ? error.errors[0]?.message : undefined) || "删除失败");
    }
  };

  if (!unitId) {
    return (
      <section>
        <PageHeader title="信箱管理" />
        <Empty description="没有可管理信箱的单位" />
      </section>
    );
  }
  return (
    <section>
      <PageHeader
        title="信箱管理"
        extra={
          <Button type="primary" onClick={() => setEditing({ mailbox: null })}>
            新建信箱
          </Button>
        }
      />
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label="单位"
          style={{ minWidth: 240 }}
          showSearch={{ optionFilterProp: "label" }}
          value={unitId}
          options={unitOptions}
          onChange={(value: string) => setUnitId(value)}
        />
      </Space>
      <Table<MailboxFieldsFragment>
        rowKey="id"
        loading={loading}
        dataSource={data?.unitMailboxes ?? []}
        pagination={false}
        scroll={{ x: "max-content" }}
        locale={{ emptyText: "该单位还没有信箱" }}
        columns={[
          {
            title: "名称",
            render: (_, mailbox) => (
              <Space size={4} wrap>
                <Typography.Text>{mailbox.name}</Typography.Text>
                {mailbox.isOneWindow && <Tag color="blue">统一窗口</Tag>}
              </Space>
            ),
          },
          {
            title: "类型",
            dataIndex: "kind",
            render: (value: MailboxFieldsFragment["kind"]) => MAILBOX_KIND_LABELS[value],
          },
          {
            title: "办理类型",
            dataIndex: "letterKind",
            render: (value: MailboxFieldsFragment["letterKind"]) => LETTER_KIND_LABELS[value],
          },
          { title: "办理期限（工作日）", dataIndex: "deadlineWorkdays" },
          { title: "返工上限", dataIndex: "maxReworks" },
          { title: "公开", dataIndex: "isPublic", render: yesNo },
          { title: "允许匿名", dataIndex: "allowAnonymous", render: yesNo },
          {
            title: "展示站点",
            render: (_, mailbox) => mailbox.site?.name ?? "全部站点",
          },
          {
            title: "接收人",
            render: (_, mailbox) =>
              mailbox.recipientUserIds.length === 0 && !mailbox.recipientRole ? (
                <Typography.Text type="warning">未指定</Typography.Text>
              ) : (
                <Space size={[0, 4]} wrap>
                  {mailbox.recipientRole && (
                    <Tag color="purple">{RECIPIENT_ROLE_LABELS[mailbox.recipientRole]}</Tag>
                  )}
                  {mailbox.recipientUserIds.map((id) => (
                    <Tag key={id}>{userNames.get(id) ?? "未知用户"}</Tag>
                  ))}
                </Space>
              ),
          },
          { title: "排序", dataIndex: "sortOrder" },
          {
            title: "操作",
            render: (_, mailbox) => (
              <Space size={0} wrap>
                <Button type="link" size="small" onClick={() => setEditing({ mailbox })}>
                  编辑
                </Button>
                <Popconfirm
                  title={`删除信箱「${mailbox.name}」？`}
                  description="已有信件的信箱不能删除，可改为不公开。"
                  okText="删除"
                  cancelText="取消"
                  onConfirm={() => remove(mailbox)}
                >
                  <Button type="link" size="small" danger>
                    删除
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <MailboxFormModal
        open={editing !== null}
        unitId={unitId}
        mailbox={editing?.mailbox ?? null}
        siteOptions={siteOptions}
        userOptions={userOptions}
        onClose={(saved) => {
          setEditing(null);
          if (saved) void refetch();
        }}
      />
    </section>
  );
}
