// The article body allowlist: what is stored is what the portal renders, so nothing executable gets in.
import sanitizeHtml from "sanitize-html";

const ALLOWED_CLASSES = ["align-left", "align-center", "align-right", "image-full", "table-bordered"];
// Images come only from the media library: the portal's Content-Security-Policy (img-src 'self' data:) would
// block any other host, and any other path on the portal is not an image the site manages. The editor's
// 插入图片 dialog offers the media library only, and warns when a save removed an image (pasted ones).
const RELATIVE_MEDIA = /^\/media\/[A-Za-z0-9._\-/]+$/;

const options: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "br",
    "strong",
    "b",
    "em",
    "i",
    "u",
    "s",
    "h2",
    "h3",
    "h4",
    "ul",
    "ol",
    "li",
    "blockquote",
    "a",
    "img",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "figure",
    "figcaption",
    "sup",
    "sub",
    "hr",
  ],
  allowedAttributes: {
    a: ["href", "title", "rel", "target"],
    img: ["src", "alt", "width", "height"],
    th: ["colspan", "rowspan"],
    td: ["colspan", "rowspan"],
    "*": ["class"],
  },
  allowedClasses: { "*": ALLOWED_CLASSES },
  allowedSchemes: ["http", "https", "mailto"],
  // img src is a path (RELATIVE_MEDIA, checked in exclusiveFilter), never a URL with a scheme.
  allowedSchemesByTag: { img: [] },
  allowedSchemesAppliedToAttributes: ["href", "src"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  // Text inside these is dropped with the tag (the default keeps script text as text).
  nonTextTags: [
    "script",
    "style",
    "textarea",
    "option",
    "noscript",
    "iframe",
    "object",
    "embed",
    "svg",
    "math",
  ],
  allowedStyles: {},
  parseStyleAttributes: false,
  transformTags: {
    a: (tagName, attribs) => {
      const href = attribs.href ?? "";
      const external = /^https?:\/\//i.test(href);
      const result: Record<string, string> = {};
      if (href) result.href = href;
      if (attribs.title) result.title = attribs.title;
      if (attribs.class) result.class = attribs.class;
      if (external) {
        result.rel = "noopener noreferrer";
        if (attribs.target === "_blank") result.target = "_blank";
      }
      return { tagName, attribs: result };
    },
  },
  exclusiveFilter: (frame) => {
    if (frame.tag !== "img") return false;
    const src = frame.attribs.src ?? "";
    return !isMediaImageSrc(src);
  },
};

/** An image source the body may keep: an image of the media library, served by the portal itself. */
export function isMediaImageSrc(src: string): boolean {
  return RELATIVE_MEDIA.test(src);
}

/** Sanitised article body HTML (allowlist of tags, attributes and URL schemes). */
export function sanitizeBody(html: string): string {
  return sanitizeHtml(html, options).trim();
}
