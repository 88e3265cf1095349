// Cache tags of topic pages: the topic itself (topic.* events), the list of a site's topics (home block, and
// the 404 of a slug that may become a topic), and — through channel tags — every source channel's publishes.
export const topicTag = (topicId: string) => `topic:${topicId}`;
export const siteTopicsTag = (siteId: string) => `site-topics:${siteId}`;
