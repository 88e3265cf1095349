import { useMutation, useQuery } from "@apollo/client/react";
import { Button, Form, Input, InputNumber, Modal, Select, Space, Switch, TreeSelect, Typography } from "antd";
import { useState } from "react";
import type { TopicFieldsFragment } from "#gql/graphql";
import { toChannelOptions, useChannelTree } from "../../channels/hooks/useChannelTree";
import { MediaPicker } from "../../media/components/MediaPicker";
import { CreateTopicDocument } from "../graphql/createTopic";
import { TopicArticleOptionsDocument } from "../graphql/topicArticleOptions";
import { UpdateTopicDocument } from "../graphql/updateTopic";

interface Values {
  name: string;
  slug: string;
  description?: string;
  sourceChannelIds: string[];
  pinnedArticleIds: string[];
  sortOrder: number;
  enabled: boolean;
}

/** Creates or edits a topic of the working site; the slug (its address /zt/<slug>/) is fixed once created. */
export function TopicFormModal(props: {
  open: boolean;
  siteId: string;
  topic: TopicFieldsFragment | null;
  onClose(saved: boolean): void;
}) {
  const { topic } = props;
  const [form] = Form.useForm<Values>();
  const { channels } = useChannelTree(props.siteId);
  const articles = useQuery(TopicArticleOptionsDocument, {
    variables: { siteId: props.siteId },
    skip: !props.open,
  });
  const [banner, setBanner] = useState<{ id: string; url: string | null } | null | undefined>(undefined);
  const [picking, setPicking] = useState(false);
  const [createTopic, create] = useMutation(CreateTopicDocument);
  const [updateTopic, update] = useMutation(UpdateTopicDocument);
  const currentBanner =
    banner === undefined
      ? topic?.bannerImageId
        ? { id: topic.bannerImageId, url: topic.bannerImageUrl ?? null }
        : null
      : banner;

  // Channels of other sites of the unit (set through the API) stay selected and show their names.
  const foreign = (topic?.sourceChannels ?? []).filter((channel) => channel.site.id !== props.siteId);
  const channelOptions = [
    ...toChannelOptions(channels),
    ...foreign.map((channel) => ({ value: channel.id, title: `${channel.name}（其他站点）` })),
  ];

  const save = async (values: Values) => {
    const common = {
      name: values.name.trim(),
      description: values.description?.trim() || null,
      bannerImageId: currentBanner?.id ?? null,
      sourceChannelIds: values.sourceChannelIds,
      pinnedArticleIds: values.pinnedArticleIds ?? [],
      sortOrder: values.sortOrder ?? 0,
      enabled: values.enabled,
    };
    if (topic) await updateTopic({ variables: { id: topic.id, input: common } });
    else await createTopic({ variables: { input: { ...common, siteId: props.siteId, slug: values.slug } } });
    setBanner(undefined);
    props.onClose(true);
  };

  return (
    <Modal
      title={topic ? `编辑专题：${topic.name}` : "新建专题"}
      open={props.open}
      destroyOnHidden
      confirmLoading={create.loading || update.loading}
      onOk={() => form.submit()}
      onCancel={() => {
        setBanner(undefined);
        props.onClose(false);
      }}
    >
      <Form<Values>
        form={form}
        name="topic"
        layout="vertical"
        preserve={false}
        initialValues={
          topic
            ? {
                name: topic.name,
                slug: topic.slug,
                description: topic.description ?? "",
                sourceChannelIds: topic.sourceChannels.map((channel) => channel.id),
                pinnedArticleIds: topic.pinnedArticleIds,
                sortOrder: topic.sortOrder,
                enabled: topic.enabled,
              }
            : { sourceChannelIds: [], pinnedArticleIds: [], sortOrder: 0, enabled: true }
        }
        onFinish={(values) => save(values).catch(() => undefined)}
      >
        <Form.Item
          name="name"
          label="专题名称"
          rules={[{ required: true, whitespace: true, message: "请输入专题名称" }]}
        >
          <Input maxLength={60} showCount />
        </Form.Item>
        <Form.Item
          name="slug"
          label="路径"
          extra={topic ? `地址：/zt/${topic.slug}/（创建后不可修改）` : "小写字母、数字和连字符，如 xxgc"}
          rules={[
            { required: true, pattern: /^[a-z0-9][a-z0-9-]*$/, message: "只能包含小写字母、数字和连字符" },
          ]}
        >
          <Input disabled={topic !== null} />
        </Form.Item>
        <Form.Item name="description" label="简介">
          <Input.TextArea maxLength={500} rows={3} />
        </Form.Item>
        <Form.Item label="横幅图片">
          <Space>
            {currentBanner ? (
              <Typography.Text>{currentBanner.url ? "已选择图片" : currentBanner.id}</Typography.Text>
            ) : (
              <Typography.Text type="secondary">未选择</Typography.Text>
            )}
            <Button onClick={() => setPicking(true)}>从资源库选择</Button>
            {currentBanner ? <Button onClick={() => setBanner(null)}>移除</Button> : null}
          </Space>
        </Form.Item>
        <Form.Item
          name="sourceChannelIds"
          label="来源栏目"
          rules={[{ required: true, type: "array", min: 1, message: "请至少选择一个来源栏目" }]}
        >
          <TreeSelect
            multiple
            treeDefaultExpandAll
            treeData={channelOptions}
            placeholder="选择汇集稿件的栏目"
            aria-label="来源栏目"
          />
        </Form.Item>
        <Form.Item name="pinnedArticleIds" label="置顶稿件（按选择顺序排在最前）">
          <Select
            mode="multiple"
            optionFilterProp="label"
            aria-label="置顶稿件"
            options={(articles.data?.publishedArticles.items ?? []).map((item) => ({
              value: item.id,
              label: item.title,
            }))}
          />
        </Form.Item>
        <Form.Item name="sortOrder" label="排序（小的在前）">
          <InputNumber min={0} precision={0} />
        </Form.Item>
        <Form.Item name="enabled" label="启用" valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
      <MediaPicker
        open={picking}
        siteId={props.siteId}
        kind="IMAGE"
        title="选择横幅图片"
        onPick={(assets) => {
          const asset = assets[0];
          if (asset) setBanner({ id: asset.id, url: asset.url });
          setPicking(false);
        }}
        onCancel={() => setPicking(false)}
      />
    </Modal>
  );
}
