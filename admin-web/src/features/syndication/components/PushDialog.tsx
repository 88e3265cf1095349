// 报送: pick channels of other sites (any site of the city may receive pushes) and add a note.
import { useMutation, useQuery } from "@apollo/client/react";
import { App, Form, Input, Modal, TreeSelect } from "antd";
import { errorMessage } from "#app/errorLink";
import { type ChannelNode, toChannelOptions } from "../../channels/hooks/useChannelTree";
import { ArticlePushesDocument } from "../graphql/articlePushes";
import { PushArticleDocument } from "../graphql/pushArticle";
import { PushTargetsDocument } from "../graphql/pushTargets";

interface Values {
  channelIds: string[];
  note?: string;
}

interface SiteOption {
  value: string;
  title: string;
  selectable: false;
  children: ReturnType<typeof toChannelOptions>;
}

/** Sites as unselectable parents of their channels; a channel id maps back to its site. */
export function targetTree(
  sites: readonly { siteId: string; name: string; channels: readonly ChannelNode[] }[],
  excludeSiteId: string,
): { options: SiteOption[]; siteOf: Map<string, string> } {
  const siteOf = new Map<string, string>();
  const collect = (siteId: string, nodes: readonly ChannelNode[]) => {
    for (const node of nodes) {
      siteOf.set(node.id, siteId);
      if (node.children) collect(siteId, node.children);
    }
  };
  const options = sites
    .filter((site) => site.siteId !== excludeSiteId)
    .map((site) => {
      collect(site.siteId, site.channels);
      return {
        value: `site:${site.siteId}`,
        title: site.name,
        selectable: false as const,
        children: toChannelOptions(site.channels),
      };
    });
  return { options, siteOf };
}

export function PushDialog(props: { articleId: string; siteId: string; open: boolean; onClose(): void }) {
  const { articleId, siteId, open, onClose } = props;
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { data, loading } = useQuery(PushTargetsDocument, { skip: !open });
  const [pushArticle, pushing] = useMutation(PushArticleDocument, {
    refetchQueries: [{ query: ArticlePushesDocument, variables: { id: articleId } }],
  });
  const { options, siteOf } = targetTree(data?.pushTargets ?? [], siteId);

  const submit = async (values: Values) => {
    const targets = values.channelIds.flatMap((channelId) => {
      const targetSiteId = siteOf.get(channelId);
      return targetSiteId ? [{ siteId: targetSiteId, channelId }] : [];
    });
    try {
      const result = await pushArticle({
        variables: { id: articleId, targets, note: values.note?.trim() || null },
      });
      message.success(`已报送到 ${result.data?.pushArticle.length ?? 0} 个栏目`);
      form.resetFields();
      onClose();
    } catch (failure) {
      message.error(errorMessage(failure as Error));
    }
  };

  return (
    <Modal
      title="报送到其他站点"
      open={open}
      okText="报送"
      confirmLoading={pushing.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <p>报送的是稿件当前已发布的版本；目标站点审核人员采用后，在目标站点发布并注明来源。</p>
      <Form<Values> form={form} layout="vertical" name="push" onFinish={(values) => void submit(values)}>
        <Form.Item
          name="channelIds"
          label="目标站点与栏目"
          rules={[{ required: true, message: "请选择报送的栏目" }]}
        >
          <TreeSelect
            aria-label="目标站点与栏目"
            multiple
            loading={loading}
            treeData={options}
            showSearch
            treeNodeFilterProp="title"
            placeholder="选择站点下的栏目，可多选"
            // Measured while the dialog zooms in, the select is still narrow: give the tree its own width.
            popupMatchSelectWidth={420}
          />
        </Form.Item>
        <Form.Item name="note" label="报送说明">
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
