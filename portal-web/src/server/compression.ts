// Precompressed variants of cached pages (brotli and gzip, computed once per render off the event loop) and the
// choice among them per request, so a cache hit never compresses.
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

export type Encoding = "br" | "gzip" | "identity";

export interface Variants {
  br?: Buffer;
  gzip?: Buffer;
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Below this a compressed body saves less than its headers cost. */
const MIN_BYTES = 512;

export async function compressVariants(body: Buffer): Promise<Variants> {
  if (body.length < MIN_BYTES) return {};
  const [br, gz] = await Promise.all([
    brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 9,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
    gzipAsync(body, { level: 9 }),
  ]);
  return {
    ...(br.length < body.length ? { br } : {}),
    ...(gz.length < body.length ? { gzip: gz } : {}),
  };
}

const choices = new Map<string, Encoding[]>();
const MAX_REMEMBERED = 256;

/**
 * The encodings an Accept-Encoding header accepts, best first (br, gzip, identity). Browsers send a handful of
 * distinct headers, so the parse is remembered per header value.
 */
export function acceptedEncodings(header: string | undefined): Encoding[] {
  if (!header) return ["identity"];
  const known = choices.get(header);
  if (known) return known;
  const quality = new Map<string, number>();
  for (const part of header.split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean);
    quality.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const accepts = (name: string) => (quality.get(name) ?? quality.get("*") ?? 0) > 0;
  const result: Encoding[] = [];
  if (accepts("br")) result.push("br");
  if (accepts("gzip") || accepts("x-gzip")) result.push("gzip");
  result.push("identity");
  if (choices.size >= MAX_REMEMBERED) choices.clear();
  choices.set(header, result);
  return result;
}

/** The smallest variant the client accepts. */
export function pickVariant(
  body: Buffer,
  variants: Variants,
  acceptEncoding: string | undefined,
): { encoding: Encoding; body: Buffer } {
  for (const encoding of acceptedEncodings(acceptEncoding)) {
    if (encoding === "identity") break;
    const variant = variants[encoding];
    if (variant) return { encoding, body: variant };
  }
  return { encoding: "identity", body };
}
