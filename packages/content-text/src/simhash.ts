import { weightedTerms } from "./keywords";

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;
const encoder = new TextEncoder();

// FNV-1a, 64 bit: stable across processes and versions, so stored fingerprints stay comparable.
function fnv1a64(term: string): bigint {
  let hash = FNV_OFFSET;
  for (const byte of encoder.encode(term)) {
    hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & MASK_64;
  }
  return hash;
}

/**
 * 64-bit SimHash of `text` over its content words weighted by TF-IDF: similar texts get fingerprints a few
 * bits apart. Returns 0n for a text without content words. Unsigned; use `BigInt.asIntN(64, h)` to store it
 * in a PostgreSQL `bigint`.
 */
export function simhash(text: string): bigint {
  const terms = weightedTerms(text, 5000);
  if (terms.length === 0) return 0n;
  const votes = new Float64Array(64);
  for (const term of terms) {
    // Damped TF-IDF: one rare name or place changed in an edit should not flip many bits on its own.
    const weight = Math.sqrt(term.weight);
    const hash = fnv1a64(term.term);
    // Split into two 32-bit numbers: bit tests on numbers are much cheaper than on bigints.
    const low = Number(hash & 0xffffffffn);
    const high = Number(hash >> 32n);
    for (let bit = 0; bit < 32; bit++) {
      votes[bit]! += (low >>> bit) & 1 ? weight : -weight;
      votes[bit + 32]! += (high >>> bit) & 1 ? weight : -weight;
    }
  }
  let fingerprint = 0n;
  for (let bit = 63; bit >= 0; bit--) {
    fingerprint = (fingerprint << 1n) | (votes[bit]! > 0 ? 1n : 0n);
  }
  return fingerprint;
}

/** Number of differing bits between two 64-bit fingerprints. */
export function hammingDistance(a: bigint, b: bigint): number {
  let diff = BigInt.asUintN(64, a ^ b);
  let count = 0;
  while (diff !== 0n) {
    diff &= diff - 1n;
    count++;
  }
  return count;
}

/**
 * Whether two texts are essentially the same article (a reworded sentence or a changed date still counts).
 * Texts without content words are never reported as duplicates.
 */
export function isNearDuplicate(a: string, b: string, threshold = 3): boolean {
  const left = simhash(a);
  const right = simhash(b);
  if (left === 0n || right === 0n) return false;
  return hammingDistance(left, right) <= threshold;
}
