import { useQuery } from "@apollo/client/react";
import type { ChannelFieldsFragment } from "#gql/graphql";
import { ChannelTreeDocument } from "../graphql/channelTree";

export type ChannelNode = ChannelFieldsFragment & { children?: readonly ChannelNode[] };

export interface ChannelOption {
  value: string;
  title: string;
  disabled?: boolean;
  children?: ChannelOption[];
}

/** The tree as antd TreeSelect data; link channels hold no articles, so by default they cannot be chosen. */
export function toChannelOptions(nodes: readonly ChannelNode[], allowLinks = false): ChannelOption[] {
  return nodes.map((node) => ({
    value: node.id,
    title: node.name,
    disabled: !allowLinks && node.kind === "LINK",
    children: node.children?.length ? toChannelOptions(node.children, allowLinks) : undefined,
  }));
}

/** Every channel of the tree by id (for showing names). */
export function channelNames(
  nodes: readonly ChannelNode[],
  into = new Map<string, string>(),
): Map<string, string> {
  for (const node of nodes) {
    into.set(node.id, node.name);
    if (node.children) channelNames(node.children, into);
  }
  return into;
}

/** The working site's channel tree. */
export function useChannelTree(siteId: string | null | undefined) {
  const { data, loading, refetch } = useQuery(ChannelTreeDocument, {
    variables: { siteId: siteId ?? "" },
    skip: !siteId,
  });
  const channels: readonly ChannelNode[] = data?.site?.channels ?? [];
  return { channels, site: data?.site ?? null, loading, refetch };
}
