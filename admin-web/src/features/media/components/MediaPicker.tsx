// Choosing assets from the media library (own site's and shared ones), with upload in place.
import { FileOutlined, UploadOutlined } from "@ant-design/icons";
import { useQuery } from "@apollo/client/react";
import { App, Button, Card, Empty, Flex, Input, Modal, Space, Switch, Typography, Upload } from "antd";
import { useState } from "react";
import type { MediaAssetFieldsFragment, MediaKind } from "#gql/graphql";
import { MediaAssetsDocument } from "../graphql/mediaAssets";
import { ACCEPT_ALL, ACCEPT_IMAGES, formatSize, uploadMedia } from "../upload";

export function MediaThumb(props: {
  asset: Pick<MediaAssetFieldsFragment, "kind" | "name" | "thumbUrl">;
  size?: number;
}) {
  const size = props.size ?? 96;
  if (props.asset.kind === "IMAGE" && props.asset.thumbUrl)
    return (
      <img
        src={props.asset.thumbUrl}
        alt={props.asset.name}
        style={{ width: size, height: size, objectFit: "cover", display: "block" }}
      />
    );
  return (
    <Flex align="center" justify="center" style={{ width: size, height: size, background: "#fafafa" }}>
      <FileOutlined style={{ fontSize: size / 3 }} />
    </Flex>
  );
}

export function MediaPicker(props: {
  open: boolean;
  siteId: string;
  kind?: MediaKind;
  multiple?: boolean;
  title?: string;
  onPick(assets: MediaAssetFieldsFragment[]): void;
  onCancel(): void;
}) {
  const { message } = App.useApp();
  const [search, setSearch] = useState("");
  const [includeShared, setIncludeShared] = useState(true);
  const [selected, setSelected] = useState<MediaAssetFieldsFragment[]>([]);
  const { data, loading, refetch } = useQuery(MediaAssetsDocument, {
    variables: { siteId: props.siteId, kind: props.kind, search: search || null, includeShared, limit: 60 },
    skip: !props.open,
    fetchPolicy: "cache-and-network",
  });
  const items = data?.mediaAssets.items ?? [];
  const toggle = (asset: MediaAssetFieldsFragment) => {
    const chosen = selected.some((item) => item.id === asset.id);
    if (!props.multiple) setSelected(chosen ? [] : [asset]);
    else setSelected(chosen ? selected.filter((item) => item.id !== asset.id) : [...selected, asset]);
  };
  const close = () => {
    setSelected([]);
    props.onCancel();
  };

  return (
    <Modal
      title={props.title ?? "从资源库选择"}
      open={props.open}
      width={820}
      okText="确定"
      cancelText="取消"
      okButtonProps={{ disabled: selected.length === 0 }}
      onOk={() => {
        props.onPick(selected);
        setSelected([]);
      }}
      onCancel={close}
      destroyOnHidden
    >
      <Space style={{ marginBottom: 12 }} wrap>
        <Input.Search placeholder="按文件名搜索" allowClear onSearch={setSearch} style={{ width: 220 }} />
        <Space>
          <Switch checked={includeShared} onChange={setIncludeShared} aria-label="含共享资源" />
          含共享资源
        </Space>
        <Upload
          accept={props.kind === "IMAGE" ? ACCEPT_IMAGES : ACCEPT_ALL}
          showUploadList={false}
          customRequest={({ file, onSuccess, onError }) => {
            uploadMedia(file as File, props.siteId)
              .then((uploaded) => {
                onSuccess?.(uploaded);
                message.success(`已上传：${uploaded.name}`);
                void refetch();
              })
              .catch((error: Error) => {
                onError?.(error);
                message.error(error.message);
              });
          }}
        >
          <Button icon={<UploadOutlined />}>上传</Button>
        </Upload>
      </Space>
      {items.length === 0 ? (
        <Empty description={loading ? "加载中" : "资源库中没有可用的资源"} />
      ) : (
        <Flex wrap gap={12} role="listbox" aria-label="资源" aria-multiselectable={props.multiple ?? false}>
          {items.map((asset) => {
            const chosen = selected.some((item) => item.id === asset.id);
            return (
              <Card
                key={asset.id}
                hoverable
                size="small"
                role="option"
                aria-selected={chosen}
                aria-label={asset.name}
                onClick={() => toggle(asset)}
                style={{
                  width: 128,
                  borderColor: chosen ? "#1677ff" : undefined,
                  borderWidth: chosen ? 2 : 1,
                }}
                cover={<MediaThumb asset={asset} size={124} />}
              >
                <Typography.Text ellipsis={{ tooltip: asset.name }} style={{ width: 104, display: "block" }}>
                  {asset.name}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatSize(asset.size)}
                </Typography.Text>
              </Card>
            );
          })}
        </Flex>
      )}
    </Modal>
  );
}
