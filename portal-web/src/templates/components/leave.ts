// Links that leave the platform go through the "you are leaving this site" notice (features/leave).

/** The notice's address for an external link; `from` names the article whose body holds the link. */
export function leaveHref(basePath: string, to: string, from?: string): string {
  const query = new URLSearchParams(from ? { to, from } : { to });
  return `${basePath}/leave/?${query.toString()}`;
}

/**
 * Points the external links of a sanitised article body at the notice. The sanitiser writes attributes
 * double-quoted with & escaped, so the href is read back by undoing exactly that.
 */
export function withLeaveNotice(html: string, basePath: string, articleId: string): string {
  return html.replace(/<a\s([^>]*?)href="(https?:\/\/[^"]+)"/gi, (_match, before: string, href: string) => {
    const notice = leaveHref(basePath, href.replaceAll("&amp;", "&"), articleId);
    return `<a ${before}href="${notice.replaceAll("&", "&amp;")}"`;
  });
}
