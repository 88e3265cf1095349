// The text a fingerprint is computed from, and its four 16-bit bands.
import { htmlToText, simhash } from "@jiyue/content-text";

export function fingerprintText(title: string, bodyHtml: string): string {
  return `${title}\n${htmlToText(bodyHtml)}`;
}

/** Unsigned 64-bit hash → four 16-bit bands, lowest first. */
export function bands(hash: bigint): [number, number, number, number] {
  const unsigned = BigInt.asUintN(64, hash);
  return [0n, 16n, 32n, 48n].map((shift) => Number((unsigned >> shift) & 0xffffn)) as [
    number,
    number,
    number,
    number,
  ];
}

export function fingerprint(title: string, bodyHtml: string): bigint {
  return simhash(fingerprintText(title, bodyHtml));
}
