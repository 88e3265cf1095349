// A link to a channel: its page inside the site, or the external address of a link channel.
import { graphql } from "../../gql";
import type { ChannelLinkFragment } from "../../gql/graphql";
import { leaveHref } from "./leave";

export const channelLinkFragment = graphql(`
  fragment ChannelLink on Channel {
    id
    name
    path
    kind
    linkUrl
  }
`);

/**
 * Where a channel lives; `basePath` is "" on the site's own domain or "/s/<code>" on the fallback address. A link
 * channel leaving the platform goes through the "you are leaving this site" notice.
 */
export function channelHref(channel: ChannelLinkFragment, basePath: string): string {
  if (channel.kind === "LINK" && channel.linkUrl) {
    return /^https?:\/\//i.test(channel.linkUrl) ? leaveHref(basePath, channel.linkUrl) : channel.linkUrl;
  }
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
