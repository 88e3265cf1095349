// Requests Node's HTTP parser refuses before there is any request object (`clientError`): an over-long address
// or head gets a short Chinese page rather than Node's bare 431 with no body. The connection is closed after
// it (the parser cannot go on), and nothing of the error (no stack trace) is shown.
import type http from "node:http";
import type { Duplex } from "node:stream";
import { SECURITY_HEADERS } from "./app";

/** A request line at least this long is taken for an over-long address (414) rather than over-long headers. */
const LONG_REQUEST_LINE = 8 * 1024;
const METHOD = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+ /;

function page(title: string, text: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>
<body>
<main>
<h1>${title}</h1>
<p>${text}</p>
<p><a href="/">返回首页</a></p>
</main>
</body>
</html>
`;
}

const URI_TOO_LONG = page(
  "网址过长",
  "您访问的网址太长，无法处理。请检查链接是否完整、正确；搜索时请缩短搜索词后重试。",
);
const HEADERS_TOO_LARGE = page(
  "请求头过大",
  "您的浏览器发送的请求信息过多，无法处理。请清除本网站的 Cookie 后重试。",
);
const BAD_REQUEST = page("请求有误", "无法识别您的浏览器发送的请求。请检查网址后重试。");

function response(status: number, reason: string, html: string): Buffer {
  const body = Buffer.from(html, "utf8");
  const head = [
    `HTTP/1.1 ${status} ${reason}`,
    "content-type: text/html; charset=utf-8",
    `content-length: ${body.length}`,
    "cache-control: no-store",
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `${name}: ${value}`),
    "connection: close",
    "",
    "",
  ].join("\r\n");
  return Buffer.concat([Buffer.from(head, "latin1"), body]);
}

const ANSWERS = {
  uriTooLong: response(414, "URI Too Long", URI_TOO_LONG),
  headersTooLarge: response(431, "Request Header Fields Too Large", HEADERS_TOO_LARGE),
  badRequest: response(400, "Bad Request", BAD_REQUEST),
  // As Node's own answers: no page for these.
  timeout: Buffer.from("HTTP/1.1 408 Request Timeout\r\nconnection: close\r\n\r\n", "latin1"),
  chunkExtensionsTooLarge: Buffer.from(
    "HTTP/1.1 413 Payload Too Large\r\nconnection: close\r\n\r\n",
    "latin1",
  ),
};

/** Whether the bytes the parser gave up on start with a request line longer than `LONG_REQUEST_LINE`. */
export function isLongRequestLine(packet: Buffer | undefined): boolean {
  if (!packet || !METHOD.test(packet.subarray(0, 32).toString("latin1"))) return false;
  const lineEnd = packet.indexOf("\r\n", 0, "latin1");
  return (lineEnd === -1 ? packet.length : lineEnd) >= LONG_REQUEST_LINE;
}

/** The answer to a request the parser refused (as Node's own, with a page for 414, 431 and 400), null for none. */
export function clientErrorAnswer(error: NodeJS.ErrnoException & { rawPacket?: Buffer }): Buffer | null {
  switch (error.code) {
    case "ECONNRESET":
      return null;
    case "ERR_HTTP_REQUEST_TIMEOUT":
      return ANSWERS.timeout;
    case "HPE_CHUNK_EXTENSIONS_OVERFLOW":
      return ANSWERS.chunkExtensionsTooLarge;
    case "HPE_HEADER_OVERFLOW":
      return isLongRequestLine(error.rawPacket) ? ANSWERS.uriTooLong : ANSWERS.headersTooLarge;
    default:
      return ANSWERS.badRequest;
  }
}

/** Answers the server's `clientError`s (also for connections the fast path handed to it). */
export function answerClientErrors(server: http.Server): void {
  server.on("clientError", (error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket: Duplex) => {
    const answer = clientErrorAnswer(error);
    // As Node: never in the middle of an answer already being sent on the connection.
    const inFlight = (socket as Duplex & { _httpMessage?: http.ServerResponse | null })._httpMessage;
    if (answer && socket.writable && !inFlight?.headersSent) socket.end(answer);
    else socket.destroy();
  });
}
