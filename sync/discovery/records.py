"""The zeroconf records we publish for our own service."""

from __future__ import annotations

from collections.abc import Collection

from zeroconf import ServiceInfo

# zeroconf has no public API to withdraw single records; these are the (stable) building
# blocks its own goodbye code uses. ``zeroconf.DNSOutgoing`` exists but is not in ``__all__``.
from zeroconf._protocol.outgoing import DNSOutgoing
from zeroconf.const import _FLAGS_AA, _FLAGS_QR_RESPONSE

from sync.discovery.advert import ServiceAdvert
from sync.discovery.naming import SERVICE_TYPE
from sync.discovery.txt import encode_txt


def service_info(
    advert: ServiceAdvert, name: str, host: str, addresses: Collection[str]
) -> ServiceInfo:
    """The ServiceInfo announcing ``advert`` as ``name`` on ``host`` at ``addresses``."""
    return ServiceInfo(
        SERVICE_TYPE,
        name,
        port=advert.port,
        properties=encode_txt(advert.protocol_version, advert.device_id),
        server=host,
        parsed_addresses=sorted(addresses),
    )


def address_goodbye(info: ServiceInfo, removed: Collection[str]) -> DNSOutgoing | None:
    """A response withdrawing ``removed`` addresses of ``info`` (TTL 0), or None if empty.

    zeroconf's ``update_service`` only announces the new address records; the old ones would
    linger in peers' caches until their TTL runs out. A goodbye (RFC 6762 §10.1) makes peers
    drop them at once, so their next resolution sees only the current addresses.
    """
    if not removed or info.server is None:
        return None
    stale = ServiceInfo(
        SERVICE_TYPE,
        info.name,
        port=info.port,
        server=info.server,
        parsed_addresses=sorted(removed),
    )
    out = DNSOutgoing(_FLAGS_QR_RESPONSE | _FLAGS_AA)
    for record in stale.dns_addresses(override_ttl=0):
        out.add_answer_at_time(record, 0)
    return out
