// 资源库: the current site's images and files (and, if asked, what other units share), upload, sharing,
// where each asset is used, and deletion (refused by the server while an article uses it).
import { DeleteOutlined, InboxOutlined, LinkOutlined } from "@ant-design/icons";
import { CombinedGraphQLErrors } from "@apollo/client";
import { useLazyQuery, useMutation, useQuery } from "@apollo/client/react";
import {
  App,
  Button,
  Card,
  Empty,
  Flex,
  Input,
  List,
  Pagination,
  Popconfirm,
  Popover,
  Segmented,
  Select,
  Space,
  Switch,
  Tag,
  Typography,
  Upload,
} from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { useMe } from "#app/me";
import { usePageTitle } from "#app/pageTitle";
import type { MediaAssetFieldsFragment, MediaKind, MediaVisibility } from "#gql/graphql";
import { PageHeader } from "#ui/PageHeader";
import { MediaThumb } from "../../components/MediaPicker";
import { MediaAssetsDocument, MediaUsageDocument } from "../../graphql/mediaAssets";
import { DeleteMediaAssetDocument, UpdateMediaVisibilityDocument } from "../../graphql/mediaMutations";
import { ACCEPT_ALL, formatSize, uploadMedia, VISIBILITY_LABELS } from "../../upload";

const PAGE_SIZE = 40;
const VISIBILITY_OPTIONS = (Object.keys(VISIBILITY_LABELS) as MediaVisibility[]).map((value) => ({
  value,
  label: VISIBILITY_LABELS[value],
}));

function UsedBy(props: { id: string }) {
  const [load, { data, loading, called }] = useLazyQuery(MediaUsageDocument, { fetchPolicy: "network-only" });
  const used = data?.mediaAsset?.usedBy ?? [];
  return (
    <Popover
      trigger="click"
      title="使用该资源的稿件"
      onOpenChange={(open) => {
        if (open) void load({ variables: { id: props.id } });
      }}
      content={
        !called || loading ? (
          "加载中"
        ) : used.length === 0 ? (
          "未被稿件使用"
        ) : (
          <List
            size="small"
            dataSource={used}
            renderItem={(article) => (
              <List.Item>
                <Link to={`/articles/${article.id}`}>{article.currentRevision.title}</Link>
              </List.Item>
            )}
          />
        )
      }
    >
      <Button size="small" type="link" icon={<LinkOutlined />}>
        使用情况
      </Button>
    </Popover>
  );
}

export function MediaPage() {
  usePageTitle("资源库");
  const { currentSiteId } = useMe();
  const { message } = App.useApp();
  const [kind, setKind] = useState<MediaKind | "ALL">("ALL");
  const [search, setSearch] = useState("");
  const [includeShared, setIncludeShared] = useState(false);
  const [page, setPage] = useState(1);
  const [uploadVisibility, setUploadVisibility] = useState<MediaVisibility>("PRIVATE");
  const { data, loading, refetch } = useQuery(MediaAssetsDocument, {
    variables: {
      siteId: currentSiteId ?? "",
      kind: kind === "ALL" ? null : kind,
      search: search || null,
      includeShared,
      offset: (page - 1) * PAGE_SIZE,
      limit: PAGE_SIZE,
    },
    skip: !currentSiteId,
    fetchPolicy: "cache-and-network",
  });
  const [updateVisibility] = useMutation(UpdateMediaVisibilityDocument);
  const [deleteAsset] = useMutation(DeleteMediaAssetDocument, { context: { silentErrors: true } });

  if (!currentSiteId) {
    return (
      <section>
        <PageHeader title="资源库" />
        <Empty description="请在页头选择站点" />
      </section>
    );
  }

  const remove = async (asset: MediaAssetFieldsFragment) => {
    try {
      await deleteAsset({ variables: { id: asset.id } });
      message.success(`已删除“${asset.name}”`);
      await refetch();
    } catch (error) {
      const text = CombinedGraphQLErrors.is(error) ? error.errors[0]?.message : undefined;
      message.error(text || "删除失败");
    }
  };

  const items = data?.mediaAssets.items ?? [];
  return (
    <section>
      <PageHeader title="资源库" />
      <Card style={{ marginBottom: 16 }}>
        <Space orientation="vertical" style={{ width: "100%" }}>
          <Space>
            新上传资源的可见范围：
            <Select
              aria-label="新上传资源的可见范围"
              value={uploadVisibility}
              options={VISIBILITY_OPTIONS}
              onChange={setUploadVisibility}
              style={{ width: 140 }}
            />
          </Space>
          <Upload.Dragger
            multiple
            accept={ACCEPT_ALL}
            customRequest={({ file, onSuccess, onError }) => {
              uploadMedia(file as File, currentSiteId, uploadVisibility)
                .then((uploaded) => {
                  onSuccess?.(uploaded);
                  void refetch();
                })
                .catch((error: Error) => {
                  onError?.(error);
                  message.error(`${(file as File).name}：${error.message}`);
                });
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p>点击或拖入文件上传</p>
            <p style={{ color: "#888" }}>
              图片（JPG、PNG、GIF、WebP）不超过 10 MB；文件（PDF、Word、Excel、PowerPoint、ZIP、TXT）不超过 50
              MB
            </p>
          </Upload.Dragger>
        </Space>
      </Card>
      <Space style={{ marginBottom: 16 }} wrap>
        <Segmented
          value={kind}
          onChange={(value) => {
            setKind(value as MediaKind | "ALL");
            setPage(1);
          }}
          options={[
            { value: "ALL", label: "全部" },
            { value: "IMAGE", label: "图片" },
            { value: "FILE", label: "文件" },
          ]}
        />
        <Input.Search
          placeholder="按文件名搜索"
          allowClear
          onSearch={(value) => {
            setSearch(value.trim());
            setPage(1);
          }}
          style={{ width: 240 }}
        />
        <Space>
          <Switch
            aria-label="显示共享资源"
            checked={includeShared}
            onChange={(value) => {
              setIncludeShared(value);
              setPage(1);
            }}
          />
          显示其他单位共享的资源
        </Space>
      </Space>
      {items.length === 0 ? (
        <Empty description={loading ? "加载中" : "资源库是空的"} />
      ) : (
        <Flex wrap gap={16} role="list" aria-label="资源列表">
          {items.map((asset) => {
            const own = asset.site.id === currentSiteId;
            return (
              <Card
                key={asset.id}
                role="listitem"
                aria-label={asset.name}
                size="small"
                style={{ width: 200 }}
                cover={
                  <a href={asset.url} target="_blank" rel="noreferrer">
                    <MediaThumb asset={asset} size={198} />
                  </a>
                }
              >
                <Typography.Text ellipsis={{ tooltip: asset.name }} strong style={{ display: "block" }}>
                  {asset.name}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatSize(asset.size)}
                  {asset.width ? ` · ${asset.width}×${asset.height}` : ""}
                </Typography.Text>
                <div style={{ margin: "8px 0" }}>
                  {own ? (
                    <Select
                      size="small"
                      aria-label={`${asset.name} 的可见范围`}
                      value={asset.visibility}
                      options={VISIBILITY_OPTIONS}
                      style={{ width: "100%" }}
                      onChange={(visibility) =>
                        updateVisibility({ variables: { id: asset.id, visibility } }).then(() =>
                          message.success("可见范围已更新"),
                        )
                      }
                    />
                  ) : (
                    <Tag color="blue">其他站点共享</Tag>
                  )}
                </div>
                <Flex justify="space-between">
                  <UsedBy id={asset.id} />
                  {own && (
                    <Popconfirm
                      title="删除该资源？"
                      description="正被稿件使用的资源不能删除"
                      okText="删除"
                      cancelText="取消"
                      onConfirm={() => remove(asset)}
                    >
                      <Button
                        size="small"
                        type="link"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={`删除 ${asset.name}`}
                      />
                    </Popconfirm>
                  )}
                </Flex>
              </Card>
            );
          })}
        </Flex>
      )}
      <Pagination
        style={{ marginTop: 16 }}
        current={page}
        pageSize={PAGE_SIZE}
        total={data?.mediaAssets.total ?? 0}
        onChange={setPage}
        hideOnSinglePage
      />
    </section>
  );
}
