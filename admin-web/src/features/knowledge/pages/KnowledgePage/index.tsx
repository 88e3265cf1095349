// 智库: a unit's knowledge base — answered letters the citizens allowed to publish (they follow their letter)
// and curated Q&A, searched on the server; maintainers (knowledge.manage) add, edit and remove entries.
import { CombinedGraphQLErrors } from "@apollo/client";
import { useMutation, useQuery } from "@apollo/client/react";
import { App, Button, Empty, Input, Popconfirm, Select, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { useMe } from "#app/me";
import { usePageTitle } from "#app/pageTitle";
import { formatShanghaiMinute } from "#app/time";
import type { KnowledgeEntryFieldsFragment } from "#gql/graphql";
import { PageHeader } from "#ui/PageHeader";
import { useUnitNames } from "../../../letters/hooks/useUnitNames";
import { KnowledgeEntryModal } from "../../components/KnowledgeEntryModal";
import { DeleteKnowledgeEntryDocument } from "../../graphql/deleteKnowledgeEntry";
import { KnowledgeCategoriesDocument } from "../../graphql/knowledgeCategories";
import { KnowledgeEntriesDocument } from "../../graphql/knowledgeEntries";

export const KNOWLEDGE_PAGE_SIZE = 20;

export function KnowledgePage() {
  usePageTitle("智库");
  const { access } = useMe();
  const { message } = App.useApp();
  const { options, nameOf } = useUnitNames();
  // City-wide maintainers pick any unit; the others the units they maintain.
  const unitOptions = access.canCityWide("knowledge.manage")
    ? options
    : options.filter((option) => access.unitIds("knowledge.manage").includes(option.value));
  const [chosenUnit, setUnitId] = useState<string | undefined>(undefined);
  const unitId = chosenUnit ?? unitOptions[0]?.value;
  const [search, setSearch] = useState("");
  const [category, setCategory] = useState<string | undefined>(undefined);
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<{ entry: KnowledgeEntryFieldsFragment | null } | null>(null);
  const categories = useQuery(KnowledgeCategoriesDocument);
  const { data, loading, refetch } = useQuery(KnowledgeEntriesDocument, {
    variables: {
      unitId,
      search: search || null,
      category: category ?? null,
      first: KNOWLEDGE_PAGE_SIZE,
      offset: (page - 1) * KNOWLEDGE_PAGE_SIZE,
    },
    skip: !unitId,
    fetchPolicy: "cache-and-network",
  });
  const [deleteEntry] = useMutation(DeleteKnowledgeEntryDocument, { context: { silentErrors: true } });

  const remove = async (entry: KnowledgeEntryFieldsFragment) => {
    try {
      await deleteEntry({ variables: { id: entry.id } });
      message.success(entry.source === "LETTER" ? "已撤下" : "已删除");
      await refetch();
    } catch (error) {
      message.error((CombinedGraphQLErrors.is(error) ? error.errors[0]?.message : undefined) || "操作失败");
    }
  };

  if (!unitId) {
    return (
      <section>
        <PageHeader title="智库" />
        <Empty description="没有可维护智库的单位" />
      </section>
    );
  }
  return (
    <section>
      <PageHeader
        title="智库"
        extra={
          <Button type="primary" onClick={() => setEditing({ entry: null })}>
            新增问答
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
          onChange={(value: string) => {
            setUnitId(value);
            setPage(1);
          }}
        />
        <Input.Search
          aria-label="搜索智库"
          placeholder="搜索问题或答复"
          allowClear
          enterButton="搜索"
          style={{ width: 320 }}
          onSearch={(value) => {
            setSearch(value.trim());
            setPage(1);
          }}
        />
        <Select
          aria-label="类别"
          allowClear
          placeholder="全部类别"
          style={{ minWidth: 180 }}
          value={category}
          options={(categories.data?.knowledgeCategories ?? []).map((item) => ({
            value: item.category,
            label: `${item.category}（${item.count}）`,
          }))}
          onChange={(value?: string) => {
            setCategory(value);
            setPage(1);
          }}
        />
      </Space>
      <Table<KnowledgeEntryFieldsFragment>
        rowKey="id"
        loading={loading}
        dataSource={data?.knowledgeEntries.nodes ?? []}
        locale={{ emptyText: search ? "没有找到相关条目" : "该单位的智库还没有条目" }}
        expandable={{
          expandedRowRender: (entry) => (
            <div>
              <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }}>
                <Typography.Text strong>问：</Typography.Text>
                {entry.question}
              </Typography.Paragraph>
              <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }}>
                <Typography.Text strong>答：</Typography.Text>
                {entry.answer}
              </Typography.Paragraph>
            </div>
          ),
        }}
        pagination={{
          current: page,
          pageSize: KNOWLEDGE_PAGE_SIZE,
          total: data?.knowledgeEntries.totalCount ?? 0,
          showSizeChanger: false,
          onChange: setPage,
          showTotal: (total) => `共 ${total} 条`,
        }}
        columns={[
          { title: "问题", dataIndex: "title" },
          {
            title: "来源",
            render: (_, entry) =>
              entry.source === "LETTER" ? (
                entry.letterId ? (
                  <Link to={`/letters/${entry.letterId}`}>
                    <Tag color="blue">信件答复</Tag>
                  </Link>
                ) : (
                  <Tag color="blue">信件答复</Tag>
                )
              ) : (
                <Tag>整理问答</Tag>
              ),
          },
          { title: "类别", dataIndex: "category", render: (value: string | null) => value ?? "—" },
          { title: "答复单位", dataIndex: "unitId", render: (value: string) => nameOf(value) },
          {
            title: "有帮助 / 没帮助",
            render: (_, entry) => `${entry.helpfulCount} / ${entry.unhelpfulCount}`,
          },
          {
            title: "答复时间",
            dataIndex: "answeredAt",
            render: (value: string) => formatShanghaiMinute(value),
          },
          {
            title: "状态",
            render: (_, entry) => (entry.withdrawn ? <Tag>已撤下</Tag> : <Tag color="green">公开</Tag>),
          },
          {
            title: "操作",
            render: (_, entry) => (
              <Space size={0} wrap>
                {entry.source === "CURATED" && (
                  <Button type="link" size="small" onClick={() => setEditing({ entry })}>
                    编辑
                  </Button>
                )}
                {!entry.withdrawn && (
                  <Popconfirm
                    title={entry.source === "LETTER" ? "从智库撤下这条信件答复？" : "删除这条问答？"}
                    description={entry.source === "LETTER" ? "信件再次发布答复时会重新公开。" : undefined}
                    okText={entry.source === "LETTER" ? "撤下" : "删除"}
                    cancelText="取消"
                    onConfirm={() => remove(entry)}
                  >
                    <Button type="link" size="small" danger>
                      {entry.source === "LETTER" ? "撤下" : "删除"}
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      <KnowledgeEntryModal
        open={editing !== null}
        unitId={unitId}
        entry={editing?.entry ?? null}
        onClose={(saved) => {
          setEditing(null);
          if (saved) {
            void refetch();
            void categories.refetch();
          }
        }}
      />
    </section>
  );
}
