import { Tree } from "antd";
import type { ChannelNodeFragment } from "#gql/graphql";

type Node = ChannelNodeFragment & { children?: Node[] };
const KIND_LABELS = { LIST: "列表", PAGE: "单页", LINK: "链接" } as const;

function toTreeData(
  nodes: readonly Node[],
): { key: string; title: string; children?: ReturnType<typeof toTreeData> }[] {
  return nodes.map((node) => ({
    key: node.id,
    title: `${node.name}（${KIND_LABELS[node.kind]} · ${node.path}）`,
    children: node.children?.length ? toTreeData(node.children) : undefined,
  }));
}

export function ChannelTree({ channels }: { channels: readonly Node[] }) {
  return <Tree aria-label="栏目树" defaultExpandAll selectable={false} treeData={toTreeData(channels)} />;
}
