import { useMutation, useQuery } from "@apollo/client/react";
import { App, Button, Empty, Input, Popconfirm, Select, Space, Table, Tabs, TreeSelect } from "antd";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { useMe } from "#app/me";
import { usePageTitle } from "#app/pageTitle";
import { formatShanghaiMinute } from "#app/time";
import type { ArticleRowFragment, ArticleStatus } from "#gql/graphql";
import { PageHeader } from "#ui/PageHeader";
import { toChannelOptions, useChannelTree } from "../../../channels/hooks/useChannelTree";
import { STATUS_LABELS } from "../../components/labels";
import { RecycleBinNotice } from "../../components/RecycleBinNotice";
import { StatusTag } from "../../components/StatusTag";
import { ArticlesDocument } from "../../graphql/articles";
import { DeleteArticleDocument } from "../../graphql/deleteArticle";
import { RestoreArticleDocument } from "../../graphql/restoreArticle";

export const ARTICLES_PAGE_SIZE = 20;

type View = "all" | "trash";

const STATUS_OPTIONS = (Object.entries(STATUS_LABELS) as [ArticleStatus, { text: string }][]).map(
  ([value, { text }]) => ({ value, label: text }),
);

export function ArticlesPage() {
  usePageTitle("稿件管理");
  const { currentSiteId, access } = useMe();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [view, setView] = useState<View>("all");
  const [channelId, setChannelId] = useState<string | undefined>();
  const [status, setStatus] = useState<ArticleStatus | undefined>();
  const [search, setSearch] = useState("");
  const [page, setPage] = useState(1);
  const { channels } = useChannelTree(currentSiteId);
  const { data, loading, refetch } = useQuery(ArticlesDocument, {
    variables: {
      filter: {
        siteId: currentSiteId ?? "",
        channelId: channelId ?? null,
        status: status ?? null,
        search: search || null,
        deleted: view === "trash",
      },
      offset: (page - 1) * ARTICLES_PAGE_SIZE,
      limit: ARTICLES_PAGE_SIZE,
    },
    skip: !currentSiteId,
  });
  const [deleteArticle] = useMutation(DeleteArticleDocument);
  const [restoreArticle] = useMutation(RestoreArticleDocument);
  const canWrite = access.can("article.write");
  // Restoring from the recycle bin is the unit admin's: the server checks it; offer it to site managers.
  const canRestore = access.can("site.update");

  if (!currentSiteId) {
    return (
      <section>
        <PageHeader title="稿件管理" />
        <Empty description="请在页头选择站点" />
      </section>
    );
  }

  const reset =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPage(1);
    };

  return (
    <section>
      <PageHeader
        title="稿件管理"
        extra={
          canWrite && (
            <Button type="primary" onClick={() => navigate("/articles/new")}>
              写稿件
            </Button>
          )
        }
      />
      <Tabs
        activeKey={view}
        onChange={(key) => reset(setView)(key as View)}
        items={[
          { key: "all", label: "稿件" },
          { key: "trash", label: "回收站" },
        ]}
      />
      {view === "trash" && <RecycleBinNotice />}
      <Space wrap style={{ marginBottom: 16 }}>
        <TreeSelect
          aria-label="按栏目筛选"
          placeholder="全部栏目"
          allowClear
          style={{ width: 220 }}
          treeData={toChannelOptions(channels, true)}
          treeDefaultExpandAll
          value={channelId}
          onChange={reset(setChannelId)}
        />
        <Select
          aria-label="按状态筛选"
          placeholder="全部状态"
          allowClear
          style={{ width: 140 }}
          options={STATUS_OPTIONS}
          value={status}
          onChange={reset(setStatus)}
        />
        <Input.Search
          aria-label="搜索标题"
          placeholder="按标题搜索"
          allowClear
          style={{ width: 260 }}
          onSearch={(value) => reset(setSearch)(value.trim())}
        />
      </Space>
      <Table<ArticleRowFragment>
        rowKey="id"
        loading={loading}
        dataSource={data?.articles.items ?? []}
        locale={{ emptyText: view === "trash" ? "回收站是空的" : "还没有稿件" }}
        pagination={{
          current: page,
          pageSize: ARTICLES_PAGE_SIZE,
          total: data?.articles.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => `共 ${total} 篇`,
          onChange: setPage,
        }}
        columns={[
          {
            title: "标题",
            render: (_, article) =>
              view === "trash" ? (
                article.currentRevision.title
              ) : (
                <Link to={`/articles/${article.id}`}>{article.currentRevision.title}</Link>
              ),
          },
          { title: "栏目", render: (_, article) => article.channel.name },
          { title: "状态", render: (_, article) => <StatusTag status={article.status} /> },
          { title: "版本", render: (_, article) => `第 ${article.currentRevision.number} 版` },
          {
            title: view === "trash" ? "删除时间" : "更新时间",
            render: (_, article) =>
              formatShanghaiMinute(
                view === "trash" && article.deletedAt ? article.deletedAt : article.updatedAt,
              ),
          },
          {
            title: "作者",
            render: (_, article) => article.currentRevision.author || article.createdBy.displayName,
          },
          {
            title: "操作",
            render: (_, article) =>
              view === "trash" ? (
                canRestore && (
                  <Button
                    type="link"
                    size="small"
                    onClick={() =>
                      restoreArticle({ variables: { id: article.id } }).then(
                        () => {
                          message.success("已恢复");
                          void refetch();
                        },
                        () => undefined,
                      )
                    }
                  >
                    恢复
                  </Button>
                )
              ) : (
                <Space size={0}>
                  <Link to={`/articles/${article.id}`}>{canWrite ? "编辑" : "查看"}</Link>
                  {canWrite && article.status !== "PUBLISHED" && (
                    <Popconfirm
                      title="删除到回收站？"
                      okText="删除"
                      cancelText="取消"
                      onConfirm={() =>
                        deleteArticle({ variables: { id: article.id } }).then(
                          () => {
                            message.success("已移入回收站");
                            void refetch();
                          },
                          () => undefined,
                        )
                      }
                    >
                      <Button type="link" size="small" danger>
                        删除
                      </Button>
                    </Popconfirm>
                  )}
                </Space>
              ),
          },
        ]}
      />
    </section>
  );
}
