// Webhook receivers must be on the public internet: a unit admin must not be able to make the platform POST to
// loopback, private, link-local (cloud metadata) or other internal addresses. Checked when a target is saved
// (literal addresses and localhost) and again before every attempt (what the host name resolves to now).
// JIYUE_WEBHOOK_ALLOW_PRIVATE=1 lifts it for an on-premise receiver or tests on 127.0.0.1.
import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";

const internal = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const)
  internal.addSubnet(network, prefix, "ipv4");
for (const [network, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const)
  internal.addSubnet(network, prefix, "ipv6");

export const privateReceiversAllowed = (env: NodeJS.ProcessEnv = process.env) =>
  env.JIYUE_WEBHOOK_ALLOW_PRIVATE === "1" || env.JIYUE_WEBHOOK_ALLOW_PRIVATE === "true";

/** True for loopback, private, link-local, multicast and reserved addresses (IPv4-mapped IPv6 included). */
export function isInternalAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return internal.check(mapped[1], "ipv4");
  const family = isIP(address);
  if (family === 4) return internal.check(address, "ipv4");
  if (family === 6) return internal.check(address, "ipv6");
  return false;
}

const hostOf = (url: string) => new URL(url).hostname.replace(/^\[|\]$/g, "").toLowerCase();

/** What can be decided without DNS: a literal internal address or a localhost name. */
export function obviouslyInternal(url: string): boolean {
  const host = hostOf(url);
  return host === "localhost" || host.endsWith(".localhost") || isInternalAddress(host);
}

/** A refusal message when the receiver's host resolves (now) to an internal address, else null. */
export async function internalReceiverProblem(url: string, env: NodeJS.ProcessEnv = process.env) {
  if (privateReceiversAllowed(env)) return null;
  const host = hostOf(url);
  if (obviouslyInternal(url)) return `接收地址 ${host} 是内网或本机地址，已拒绝`;
  try {
    const addresses = await lookup(host, { all: true, verbatim: true });
    const blocked = addresses.find((entry) => isInternalAddress(entry.address));
    return blocked ? `接收地址 ${host} 解析到内网地址 ${blocked.address}，已拒绝` : null;
  } catch {
    // Unresolvable now: the attempt itself fails with a network error and is retried.
    return null;
  }
}
