// Cover image and attachments of an article, chosen from the media library (controlled form inputs).
import { DeleteOutlined, PaperClipOutlined, PictureOutlined } from "@ant-design/icons";
import { Button, List, Space } from "antd";
import { useState } from "react";
import { MediaPicker } from "./MediaPicker";

export function CoverPicker(props: {
  siteId: string | null;
  value?: string | null;
  onChange?(id: string | null): void;
  disabled?: boolean;
}) {
  const [open, setOpen] = useState(false);
  return (
    <Space align="start">
      {props.value ? (
        <img
          src={`/media/${props.value}/thumb`}
          alt="封面图片"
          style={{ width: 160, height: 100, objectFit: "cover", border: "1px solid #f0f0f0" }}
        />
      ) : null}
      {!props.disabled && props.siteId && (
        <Space orientation="vertical">
          <Button icon={<PictureOutlined />} onClick={() => setOpen(true)}>
            {props.value ? "更换封面" : "选择封面"}
          </Button>
          {props.value && (
            <Button danger icon={<DeleteOutlined />} onClick={() => props.onChange?.(null)}>
              移除封面
            </Button>
          )}
        </Space>
      )}
      {props.siteId && (
        <MediaPicker
          open={open}
          siteId={props.siteId}
          kind="IMAGE"
          title="选择封面图片"
          onCancel={() => setOpen(false)}
          onPick={([asset]) => {
            setOpen(false);
            if (asset) props.onChange?.(asset.id);
          }}
        />
      )}
    </Space>
  );
}

export interface AttachmentValue {
  mediaId: string;
  name: string;
}

export function AttachmentPicker(props: {
  siteId: string | null;
  value?: AttachmentValue[];
  onChange?(value: AttachmentValue[]): void;
  disabled?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const value = props.value ?? [];
  return (
    <div>
      {value.length > 0 && (
        <List
          size="small"
          bordered
          aria-label="附件列表"
          dataSource={value}
          renderItem={(item) => (
            <List.Item
              actions={
                props.disabled
                  ? []
                  : [
                      <Button
                        key="remove"
                        type="link"
                        danger
                        aria-label={`移除附件 ${item.name}`}
                        onClick={() =>
                          props.onChange?.(value.filter((other) => other.mediaId !== item.mediaId))
                        }
                      >
                        移除
                      </Button>,
                    ]
              }
            >
              <a href={`/media/${item.mediaId}`} target="_blank" rel="noreferrer">
                <PaperClipOutlined /> {item.name}
              </a>
            </List.Item>
          )}
          style={{ marginBottom: 8 }}
        />
      )}
      {!props.disabled && props.siteId && (
        <>
          <Button icon={<PaperClipOutlined />} onClick={() => setOpen(true)}>
            添加附件
          </Button>
          <MediaPicker
            open={open}
            siteId={props.siteId}
            multiple
            title="选择附件"
            onCancel={() => setOpen(false)}
            onPick={(assets) => {
              setOpen(false);
              const known = new Set(value.map((item) => item.mediaId));
              props.onChange?.([
                ...value,
                ...assets
                  .filter((asset) => !known.has(asset.id))
                  .map((asset) => ({ mediaId: asset.id, name: asset.name })),
              ]);
            }}
          />
        </>
      )}
    </div>
  );
}
