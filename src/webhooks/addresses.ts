import { lookup as dnsLookup } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

const IPV4_COMPATIBLE = ipaddr.IPv6.parseCIDR('::/96');

/** ipaddr.js's name for the range of an address ('unicast' when public); an IPv4-mapped one is judged as its IPv4. */
export function addressRange(address: string): string {
  if (!ipaddr.isValid(address)) return 'invalid';
  const parsed = ipaddr.process(address);
  const range = parsed.range();
  // ::a.b.c.d (IPv4-compatible, deprecated by RFC 4291) carries an IPv4 address; ipaddr.js calls it unicast.
  if (range === 'unicast' && parsed.kind() === 'ipv6' && parsed.match(IPV4_COMPATIBLE)) return 'ipv4Compatible';
  return range;
}

/** Only global unicast: private, loopback, link-local, CGNAT, multicast, reserved, IPv4-compatible, NAT64, 6to4 and Teredo are not. */
export function isPublicAddress(address: string): boolean {
  return addressRange(address) === 'unicast';
}

/** Names no public DNS answers for: a deployment's own machine or network. */
const LOCAL_NAMES = /(^|\.)(localhost|local|internal|lan|home\.arpa)\.?$/i;

/** The host of a URL as an address when it is one ("[::1]" → "::1"), else null. */
export function literalAddress(hostname: string): string | null {
  const bare = hostname.replace(/^\[(.*)\]$/, '$1');
  return isIP(bare) ? bare : null;
}

/** Why a host is refused before any lookup (a literal private address, an obviously local name), or null. */
export function localHostProblem(hostname: string): string | null {
  const literal = literalAddress(hostname);
  if (literal !== null) return isPublicAddress(literal) ? null : `${literal} is a ${addressRange(literal)} address`;
  // Trailing dots (an absolute name) do not make a local name public: "intranet." and "localhost.." are still local.
  const name = hostname.replace(/\.+$/, '');
  if (LOCAL_NAMES.test(name) || !name.includes('.')) return `${hostname} is a local name`;
  return null;
}

export class RefusedAddressError extends Error {
  readonly code = 'ERR_WEBHOOK_ADDRESS_REFUSED';
  constructor(address: string) {
    super(`refused ${addressRange(address)} address ${address}`);
  }
}

/**
 * A `lookup` for outbound requests that answers only public addresses: the socket connects to what it returns, so
 * a name that resolves (or rebinds) to a private address never gets a connection.
 */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, '', 0);
    const refused = addresses.find((a) => !isPublicAddress(a.address));
    if (refused || addresses.length === 0) return callback(new RefusedAddressError(refused?.address ?? hostname), '', 0);
    if (options.all) return (callback as unknown as (e: null, all: typeof addresses) => void)(null, addresses);
    return callback(null, addresses[0]!.address, addresses[0]!.family);
  });
};
