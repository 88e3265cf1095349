// What follows a publication, registered once per process. The content subgraph and one-off scripts (article
// imports, the demo seed) must run the same listeners, or imported articles would skip the change feed, new-media
// deliveries and 信息报送 takedowns.
import { registerChangefeedListener } from "./modules/changefeed/changefeed.listener";
import { registerDistributionListener } from "./modules/distribution/distribution.listener";
import { registerSyndication } from "./modules/syndication/syndication.listener";

let registered = false;

export function registerContentCapabilities(): void {
  if (registered) return;
  registered = true;
  // The change feed first: it records what happened even if a later listener refuses.
  registerChangefeedListener();
  // 信息报送: an origin's takedown removes its copies; copies never enter review.
  registerSyndication();
  // 新媒体分发: publication changes become signed webhook deliveries (same transaction).
  registerDistributionListener();
}
