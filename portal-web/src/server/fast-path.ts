// The fast path for memory hits: a strict reader of simple GET/HEAD requests on the raw socket, in front of
// Node's HTTP parser. Node's HTTP stack costs about half of nginx's requests/s on a small page on its own
// (docs/benchmarks.md); a page already held in memory needs none of it. Anything the fast path does not
// answer itself (a miss, a form, anything unusual in the request) goes, with the bytes read so far put back
// into the socket, to the regular `http.Server`, which keeps the connection from then on.
import http from "node:http";
import type { Socket } from "node:net";

/** The request fields a memory hit depends on; Node's `req.headers` has this shape too. */
export interface HotRequestHeaders {
  host?: string;
  "accept-encoding"?: string;
  "if-none-match"?: string;
  "if-modified-since"?: string;
}

export interface HotRequest {
  method: string;
  url: string;
  headers: HotRequestHeaders;
}

/**
 * A memory hit's answer. The same `headers` array (by identity) always comes with the same `status`: the
 * fast path keeps the serialised head per array.
 */
export interface HotAnswer {
  status: number;
  headers: readonly string[];
  /** Absent for HEAD and 304. */
  body?: Buffer;
}

/** What the fast path asks the portal. */
export interface HotPages {
  /** The answer to a request for a page held in memory and not due for a refresh; null otherwise. */
  answer(request: HotRequest): HotAnswer | null;
  /** The render of the request's page in flight, if any: the fast path waits for it rather than give up. */
  pending(request: HotRequest): Promise<unknown> | undefined;
}

export interface FastPathStats {
  /** Requests answered on the raw socket. */
  answered: number;
  /** Connections given to the regular HTTP server. */
  handedOff: number;
}

export interface FastPath {
  readonly stats: FastPathStats;
  /** Closes the connections the fast path holds (all idle between two requests), as `closeIdleConnections`. */
  closeIdleConnections(): void;
}

/** Longest request head (request line and headers) read here; Node's own limit is 16 KiB. */
const MAX_HEAD_BYTES = 8 * 1024;
const MAX_TARGET_BYTES = 4 * 1024;
const MAX_HEADERS = 64;
/** Page variants whose whole answer is kept for the current second. */
const MAX_KEPT_ANSWERS = 256;
/** Pipelined requests answered from one read; the rest go to the regular server (bounded output per read). */
const MAX_PIPELINED = 16;

/** Headers that give a request a body, change its framing or its protocol: such requests are never read here. */
const REFUSED_HEADERS = new Set([
  "content-length",
  "transfer-encoding",
  "upgrade",
  "expect",
  "http2-settings",
  "te",
  "trailer",
]);
const READ_HEADERS = new Set<string>(["host", "accept-encoding", "if-none-match", "if-modified-since"]);

const CR = 0x0d;
const LF = 0x0a;
const SP = 0x20;
const HTAB = 0x09;
const HEAD_END = Buffer.from("\r\n\r\n", "latin1");
const GET = Buffer.from("GET ", "latin1");
const HEAD = Buffer.from("HEAD ", "latin1");
const VERSION = Buffer.from(" HTTP/1.1\r\n", "latin1");

/** RFC 9110 tchar. */
const TOKEN = new Uint8Array(256);
for (const char of "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
  TOKEN[char.charCodeAt(0)] = 1;

export type ParseResult =
  | { kind: "request"; request: HotRequest; end: number }
  /** The head has not fully arrived. */
  | { kind: "incomplete" }
  /** Not a simple GET/HEAD: the regular server decides. */
  | { kind: "unusual" };

const INCOMPLETE: ParseResult = { kind: "incomplete" };
const UNUSUAL: ParseResult = { kind: "unusual" };

function startsWith(data: Buffer, offset: number, prefix: Buffer): boolean {
  if (data.length - offset < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (data[offset + i] !== prefix[i]) return false;
  return true;
}

const isOws = (byte: number | undefined) => byte === SP || byte === HTAB;

/**
 * Reads one request head at `offset`: `GET`/`HEAD`, an origin-form target of visible ASCII, `HTTP/1.1`, CRLF
 * line ends, header names of token characters, values of visible ASCII, space and tab, no body and no framing
 * headers, no obs-fold, each header the fast path reads at most once, `Connection` absent or `keep-alive`.
 */
export function parseRequest(data: Buffer, offset: number): ParseResult {
  const headEnd = data.indexOf(HEAD_END, offset);
  if (headEnd === -1) return data.length - offset > MAX_HEAD_BYTES ? UNUSUAL : INCOMPLETE;
  if (headEnd + 4 - offset > MAX_HEAD_BYTES) return UNUSUAL;

  let position: number;
  let method: string;
  if (startsWith(data, offset, GET)) {
    method = "GET";
    position = offset + GET.length;
  } else if (startsWith(data, offset, HEAD)) {
    method = "HEAD";
    position = offset + HEAD.length;
  } else return UNUSUAL;

  const targetStart = position;
  if (data[position] !== 0x2f) return UNUSUAL; // origin-form only: "/…"
  while (position < headEnd) {
    const byte = data[position] as number;
    if (byte === SP) break;
    if (byte < 0x21 || byte > 0x7e) return UNUSUAL;
    position++;
  }
  if (position - targetStart > MAX_TARGET_BYTES) return UNUSUAL;
  const url = data.toString("latin1", targetStart, position);
  if (!startsWith(data, position, VERSION)) return UNUSUAL;
  position += VERSION.length;

  const headers: HotRequestHeaders = {};
  let count = 0;
  // Header lines up to the empty line at headEnd + 2.
  while (position < headEnd + 2) {
    if (++count > MAX_HEADERS) return UNUSUAL;
    const nameStart = position;
    while (TOKEN[data[position] as number] === 1) position++;
    // An empty name, a space before the colon, or a line starting with whitespace (obs-fold).
    if (position === nameStart || data[position] !== 0x3a) return UNUSUAL;
    const name = data.toString("latin1", nameStart, position).toLowerCase();
    position++;
    while (isOws(data[position])) position++;
    const valueStart = position;
    let valueEnd = position;
    for (;;) {
      const byte = data[position] as number;
      if (byte === CR) break;
      if (byte === HTAB || (byte >= SP && byte <= 0x7e)) {
        position++;
        if (byte !== SP && byte !== HTAB) valueEnd = position;
        continue;
      }
      return UNUSUAL; // control characters (a bare LF among them) and obs-text
    }
    if (data[position + 1] !== LF) return UNUSUAL;
    position += 2;
    if (REFUSED_HEADERS.has(name)) return UNUSUAL;
    if (name === "connection") {
      if (data.toString("latin1", valueStart, valueEnd).toLowerCase() !== "keep-alive") return UNUSUAL;
      continue;
    }
    if (!READ_HEADERS.has(name)) continue;
    const key = name as keyof HotRequestHeaders;
    // Node joins or drops repeated headers by its own rules: leave such requests to it.
    if (headers[key] !== undefined) return UNUSUAL;
    headers[key] = data.toString("latin1", valueStart, valueEnd);
  }
  if (position !== headEnd + 2 || headers.host === undefined) return UNUSUAL;
  return { kind: "request", request: { method, url, headers }, end: headEnd + 4 };
}

type ConnectionListener = (this: http.Server, socket: Socket) => void;

/**
 * Puts the fast path in front of `server`'s HTTP parser: call before `listen`. A request for a page `pages`
 * holds is answered here; one whose page is being rendered waits for the render (so that a publish, which
 * empties the page from memory while hundreds of connections ask for it, does not give them all to Node's
 * server); anything else goes to the server's request listener, with the connection. The server keeps its own
 * connection handling (timeouts, tracking, `close`) for every connection handed to it.
 */
export function installFastPath(server: http.Server, pages: HotPages): FastPath {
  const httpListeners = server.listeners("connection") as ConnectionListener[];
  server.removeAllListeners("connection");
  const stats: FastPathStats = { answered: 0, handedOff: 0 };
  const held = new Set<Socket>();
  const heads = new WeakMap<readonly string[], Buffer>();

  function headOf(hot: HotAnswer): Buffer {
    let head = heads.get(hot.headers);
    if (!head) {
      let text = `HTTP/1.1 ${hot.status} ${http.STATUS_CODES[hot.status] ?? "unknown"}\r\n`;
      for (let i = 0; i + 1 < hot.headers.length; i += 2)
        text += `${hot.headers[i]}: ${hot.headers[i + 1]}\r\n`;
      head = Buffer.from(text, "latin1");
      heads.set(hot.headers, head);
    }
    return head;
  }

  // What Node adds after the page's headers on a kept-alive HTTP/1.1 answer; the date changes every second.
  let tailSecond = -1;
  let tail = Buffer.alloc(0);
  function tailNow(): Buffer {
    const now = Date.now();
    const second = Math.floor(now / 1000);
    if (second !== tailSecond) {
      tailSecond = second;
      tail = Buffer.from(
        `Date: ${new Date(now).toUTCString()}\r\nConnection: keep-alive\r\nKeep-Alive: timeout=${Math.floor(server.keepAliveTimeout / 1000)}\r\n\r\n`,
        "latin1",
      );
    }
    return tail;
  }

  // The whole answer (head, date, body) of the most asked pages, rebuilt when the second changes: a hit then
  // costs no allocation. Bounded (cleared when full), so the copies never outgrow a few hundred pages.
  const answers = new Map<readonly string[], { at: Buffer; body: Buffer | undefined; bytes: Buffer }[]>();
  function bytesOf(hot: HotAnswer): Buffer {
    const tailBytes = tailNow();
    let known = answers.get(hot.headers);
    if (!known) {
      if (answers.size >= MAX_KEPT_ANSWERS) answers.clear();
      known = [];
      answers.set(hot.headers, known);
    }
    for (const entry of known) if (entry.at === tailBytes && entry.body === hot.body) return entry.bytes;
    const bytes = Buffer.concat(hot.body ? [headOf(hot), tailBytes, hot.body] : [headOf(hot), tailBytes]);
    // At most the GET and the HEAD answer of this second.
    if (known.length >= 2 || known.some((entry) => entry.at !== tailBytes)) known.length = 0;
    known.push({ at: tailBytes, body: hot.body, bytes });
    return bytes;
  }

  function handOff(socket: Socket, unread: Buffer | undefined): void {
    stats.handedOff++;
    held.delete(socket);
    socket.pause();
    if (unread && unread.length > 0) socket.unshift(unread);
    for (const listener of httpListeners) listener.call(server, socket);
    // Data put back is read (in order, before anything new from the network) once the socket flows again.
    socket.resume();
  }

  server.on("connection", (socket: Socket) => {
    // Answers whose headers depend on per-connection limits stay with Node.
    if (server.maxRequestsPerSocket || !server.keepAliveTimeout) {
      handOff(socket, undefined);
      return;
    }
    held.add(socket);
    const idleTimeout = server.keepAliveTimeout + server.keepAliveTimeoutBuffer;
    let pending: Buffer | undefined;
    let owned = true;
    let waitingForRender = false;
    let waitingForDrain = false;
    // The client has sent all it will send (half-close): answer what came, then close, as Node's server does.
    let ended = false;

    const resumeIfReady = () => {
      if (owned && !waitingForRender && !waitingForDrain) socket.resume();
    };
    const onDrain = () => {
      waitingForDrain = false;
      resumeIfReady();
    };
    const release = (unread: Buffer | undefined) => {
      owned = false;
      socket.removeListener("data", onData);
      socket.removeListener("error", onError);
      socket.removeListener("timeout", onTimeout);
      socket.removeListener("close", onClose);
      socket.removeListener("drain", onDrain);
      socket.removeListener("end", onEnd);
      socket.setTimeout(0);
      handOff(socket, unread);
    };

    /** Answers the requests in `data`; `retried`: the first one already waited for its page's render. */
    const consume = (data: Buffer, retried: boolean) => {
      const out: Buffer[] = [];
      let offset = 0;
      let unread: Buffer | undefined;
      let answered = 0;
      while (offset < data.length) {
        const parsed = answered < MAX_PIPELINED ? parseRequest(data, offset) : UNUSUAL;
        // A request arriving in pieces goes to the regular server, which applies its timeouts to slow clients;
        // only the rest of a pipelined request after answered ones is awaited here.
        if (parsed.kind === "incomplete" && answered > 0) {
          pending = Buffer.from(data.subarray(offset));
          break;
        }
        const hot = parsed.kind === "request" ? pages.answer(parsed.request) : null;
        if (parsed.kind === "request" && !hot && !(retried && offset === 0)) {
          const rendering = pages.pending(parsed.request);
          if (rendering) {
            // Answer what came before, then read nothing more until the page is there.
            if (out.length > 0) socket.write(Buffer.concat(out));
            stats.answered += answered;
            const rest = Buffer.from(data.subarray(offset));
            waitingForRender = true;
            socket.pause();
            socket.setTimeout(0);
            const retry = () => {
              waitingForRender = false;
              if (!owned || socket.destroyed) return;
              socket.setTimeout(idleTimeout);
              consume(rest, true);
              if (ended && owned) socket.end();
              else resumeIfReady();
            };
            rendering.then(retry, retry);
            return;
          }
        }
        if (parsed.kind !== "request" || !hot) {
          unread = data.subarray(offset);
          break;
        }
        out.push(bytesOf(hot));
        offset = parsed.end;
        answered++;
      }
      stats.answered += answered;
      if (out.length > 0) socket.write(out.length === 1 ? (out[0] as Buffer) : Buffer.concat(out));
      if (unread) {
        release(unread);
        return;
      }
      // A client that sends without reading its answers waits until they are taken.
      if (socket.writableNeedDrain && !waitingForDrain) {
        waitingForDrain = true;
        socket.pause();
        socket.once("drain", onDrain);
      }
    };
    const onData = (chunk: Buffer) => {
      const data = pending ? Buffer.concat([pending, chunk]) : chunk;
      pending = undefined;
      consume(data, false);
    };
    const onEnd = () => {
      ended = true;
      if (!waitingForRender) socket.end();
    };
    const onError = () => socket.destroy();
    const onTimeout = () => socket.destroy();
    const onClose = () => held.delete(socket);
    socket.on("data", onData);
    socket.on("error", onError);
    socket.on("close", onClose);
    socket.on("timeout", onTimeout);
    socket.on("end", onEnd);
    // Node closes an idle kept-alive connection after keepAliveTimeout plus its buffer; so does the fast path.
    socket.setTimeout(idleTimeout);
  });

  return {
    stats,
    closeIdleConnections() {
      for (const socket of held) {
        if (socket.writableLength > 0) socket.end();
        else socket.destroy();
      }
      held.clear();
    },
  };
}
