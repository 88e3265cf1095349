// A link to a channel: its page inside the site, or the external address of a link channel.
import { graphql } from "../../gql";
import type { ChannelLinkFragment } from "../../gql/graphql";

export const channelLinkFragment = graphql(`
  fragment ChannelLink on Channel {
    id
    name
    path
    kind
    linkUrl
  }
`);

/** Where a channel lives; `basePath` is "" on the site's own domain or "/s/<code>" on the fallback address. */
export function channelHref(channel: ChannelLinkFragment, basePath: string): string {
  if (channel.kind === "LINK" && channel.linkUrl) return channel.linkUrl;
  return `${basePath}/${channel.path}/`;
}

export function ChannelLink({
  channel,
  basePath,
  current,
}: {
  channel: ChannelLinkFragment;
  basePath: string;
  current?: boolean;
}) {
  const external = channel.kind === "LINK" && Boolean(channel.linkUrl);
  return (
    <a
      href={channelHref(channel, basePath)}
      aria-current={current ? "page" : undefined}
      rel={external ? "noopener noreferrer" : undefined}
    >
      {channel.name}
    </a>
  );
}
