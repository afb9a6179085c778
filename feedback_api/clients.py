"""Who the client is: the peer address, or the forwarded one behind a trusted proxy.

``FEEDBACK_TRUSTED_PROXIES`` says which proxies may name the client in
``X-Forwarded-For``:

- empty (the default): nobody; the client is the address the connection came from, and
  ``X-Forwarded-For`` is ignored (anyone can send it).
- a list of addresses and networks (``127.0.0.1, 10.0.0.0/8, ::1``): the chain of
  addresses (each ``X-Forwarded-For`` entry, then the peer) is read from the right;
  trusted proxies are skipped and the first address that is not one is the client. A
  request from an untrusted peer is its own client, whatever it forwards.
- a count (``1``): every request passes through that many proxies (the service is
  reachable only through them), so the client is that many places from the right of the
  chain. A shorter chain means a request that bypassed them: the peer is the client.

IPv6 clients are counted per /64 network: one subscriber usually holds a whole /64 and
could otherwise take a new address for every request.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from typing import Union

Network = Union[ipaddress.IPv4Network, ipaddress.IPv6Network]  # noqa: UP007


class ProxyConfigError(ValueError):
    pass


@dataclass(frozen=True)
class TrustedProxies:
    count: int = 0
    networks: tuple[Network, ...] = ()

    @classmethod
    def parse(cls, value: str) -> TrustedProxies:
        value = value.strip()
        if not value:
            return cls()
        if value.isdigit():
            return cls(count=int(value))
        networks = []
        for part in value.split(","):
            part = part.strip()
            if not part:
                continue
            try:
                networks.append(ipaddress.ip_network(part, strict=False))
            except ValueError:
                raise ProxyConfigError(
                    f"'{part}' is neither an address nor a network (expected a count such "
                    "as 1, or addresses and networks such as 127.0.0.1, 10.0.0.0/8)") from None
        return cls(networks=tuple(networks))

    def client(self, peer: str | None, forwarded: str | None) -> str:
        """The client's address (normalized; IPv6 as its /64) for one request."""
        peer = peer or "-"
        if not forwarded or not (self.count or self.networks):
            return peer if "." in peer and ":" not in peer else _bucket(peer)  # IPv4 as is
        chain = [p.strip() for p in forwarded.split(",")][-64:]
        chain.append(peer)
        if self.count:
            # the peer is the last proxy; the client is `count` hops before it
            return _bucket(chain[-1 - self.count]) if len(chain) > self.count else _bucket(peer)
        for hop in reversed(chain):
            address = _address(hop)
            if address is None or not any(address in net for net in self.networks):
                return _bucket(hop)
        return _bucket(chain[0])  # every hop is a trusted proxy: the first one asked


def _address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    text = text.strip()
    if text.startswith("["):  # [2001:db8::1]:443
        text = text[1:text.find("]")] if "]" in text else text[1:]
    elif text.count(":") == 1:  # 192.0.2.1:443
        text = text.split(":", 1)[0]
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        return address.ipv4_mapped
    return address


def _bucket(text: str) -> str:
    address = _address(text)
    if address is None:
        return text.strip()[:64] or "-"  # not an address (e.g. "unknown"): as given
    if isinstance(address, ipaddress.IPv6Address):
        return str(ipaddress.IPv6Network((address, 64), strict=False))
    return str(address)
