// The body is sanitised by the server, yet it is still rendered only inside a sandboxed iframe (no
// scripts, unique origin), so nothing in it can run in the admin's origin.
const FRAME_STYLE = `<style>body{font:16px/1.8 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;margin:16px;color:#222}img{max-width:100%}</style>`;

export function previewDocument(title: string, body: string): string {
  const escapedTitle = title.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="script-src 'none'">${FRAME_STYLE}</head><body><h1>${escapedTitle}</h1>${body}</body></html>`;
}

export function BodyPreview({ title, body, height = 480 }: { title: string; body: string; height?: number }) {
  return (
    <iframe
      title="正文预览"
      sandbox=""
      referrerPolicy="no-referrer"
      srcDoc={previewDocument(title, body)}
      style={{ width: "100%", height, border: "1px solid #f0f0f0", borderRadius: 8, background: "#fff" }}
    />
  );
}
