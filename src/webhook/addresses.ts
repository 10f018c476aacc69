import { BlockList, isIP } from 'node:net';

/** Why an address may not receive webhooks; loopback is allowed in development only. */
export type AddressKind = 'loopback' | 'private' | 'link-local' | 'reserved';

function list(entries: [string, number, 'ipv4' | 'ipv6'][]): BlockList {
  const blocks = new BlockList();
  for (const [network, prefix, family] of entries) blocks.addSubnet(network, prefix, family);
  return blocks;
}

const ranges: Record<AddressKind, BlockList> = {
  loopback: list([['127.0.0.0', 8, 'ipv4'], ['::1', 128, 'ipv6']]),
  private: list([
    ['10.0.0.0', 8, 'ipv4'], ['172.16.0.0', 12, 'ipv4'], ['192.168.0.0', 16, 'ipv4'],
    ['100.64.0.0', 10, 'ipv4'], ['fc00::', 7, 'ipv6'],
  ]),
  'link-local': list([['169.254.0.0', 16, 'ipv4'], ['fe80::', 10, 'ipv6']]),
  reserved: list([
    ['0.0.0.0', 8, 'ipv4'], ['192.0.0.0', 24, 'ipv4'], ['192.0.2.0', 24, 'ipv4'], ['198.18.0.0', 15, 'ipv4'],
    ['198.51.100.0', 24, 'ipv4'], ['203.0.113.0', 24, 'ipv4'], ['224.0.0.0', 4, 'ipv4'], ['240.0.0.0', 4, 'ipv4'],
    // IPv4-compatible (::a.b.c.d), NAT64 and 6to4 addresses can carry a private IPv4 address inside.
    ['::', 96, 'ipv6'], ['ff00::', 8, 'ipv6'], ['64:ff9b::', 96, 'ipv6'], ['2002::', 16, 'ipv6'], ['2001:db8::', 32, 'ipv6'],
  ]),
};

/** An IPv4 address written as IPv6 (`::ffff:10.0.0.1`) is judged as the IPv4 address it is. */
function unmapped(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1]! : address;
}

/** The kind of a non-public address, or null for a public one. */
export function addressKind(raw: string): AddressKind | null {
  const address = unmapped(raw);
  const family = isIP(address);
  if (family === 0) return 'reserved';
  const type = family === 4 ? 'ipv4' : 'ipv6';
  for (const kind of Object.keys(ranges) as AddressKind[]) {
    if (ranges[kind].check(address, type)) return kind;
  }
  return null;
}
