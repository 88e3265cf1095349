import { pinyin } from "pinyin-pro";
import type { LexiconEntry, ProtectedName } from "./types";

/**
 * Near misses of protected names: the name with one character swapped for a candidate of the same
 * toneless pinyin (checked with pinyin-pro) or a look-alike from the confusion data.
 */

function toneless(ch: string): string {
  return pinyin(ch, { toneType: "none", type: "array", multiple: true }).join("|");
}

function sameSound(a: string, b: string): boolean {
  const pa = toneless(a).split("|");
  const pb = new Set(toneless(b).split("|"));
  return pa.some((p) => pb.has(p));
}

export interface NameVariant {
  entry: LexiconEntry;
  protectedName: ProtectedName;
}

export function nameVariants(
  names: readonly ProtectedName[],
  soundAlike: ReadonlyMap<string, string>,
  lookAlike: ReadonlyMap<string, string>,
): NameVariant[] {
  const out: NameVariant[] = [];
  for (const pn of names) {
    const seen = new Set<string>([pn.name]);
    for (let k = 0; k < pn.name.length; k++) {
      const ch = pn.name[k] as string;
      const sound = [...(soundAlike.get(ch) ?? "")].filter((c) => sameSound(c, ch));
      const shape = [...(lookAlike.get(ch) ?? "")];
      for (const [cands, kind] of [
        [sound, "同音"],
        [shape, "形近"],
      ] as const) {
        for (const c of cands) {
          const variant = pn.name.slice(0, k) + c + pn.name.slice(k + 1);
          if (seen.has(variant)) continue;
          seen.add(variant);
          out.push({
            protectedName: pn,
            entry: {
              id: `${pn.id}~${variant}`,
              term: variant,
              category: "name",
              severity: "warn",
              suggestion: pn.name,
              explanation: `“${variant}”与重要人名“${pn.name}”${kind}，请核对是否写错。`,
            },
          });
        }
      }
    }
  }
  return out;
}
