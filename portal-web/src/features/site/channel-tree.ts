// Finding a channel in a site's channel tree by its path (e.g. "gzdt" or "dwgk/zzjs").
import type { ChannelLinkFragment, ChannelTreeFragment } from "../../gql/graphql";

type TreeNode = ChannelLinkFragment & { children?: TreeNode[] };

export interface FoundChannel {
  channel: ChannelLinkFragment & { children: ChannelLinkFragment[] };
  ancestors: ChannelLinkFragment[];
}

export function findChannel(tree: ChannelTreeFragment[], path: string): FoundChannel | null {
  const walk = (nodes: TreeNode[], ancestors: ChannelLinkFragment[]): FoundChannel | null => {
    for (const node of nodes) {
      if (node.path === path) return { channel: { ...node, children: node.children ?? [] }, ancestors };
      if (node.children && path.startsWith(`${node.path}/`)) {
        const found = walk(node.children, [...ancestors, node]);
        if (found) return found;
      }
    }
    return null;
  };
  return walk(tree, []);
}
