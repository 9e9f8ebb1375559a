"""Mini-programs: webxdc packages (zip + manifest.toml) validated before use, and their
status updates ordered causally among the members of an app instance. The service
(``core.miniprograms.service``: installs, instances over the LAN, grants, storage) is
imported by the facade, not from here."""

from core.miniprograms.chat_share import (
    MAX_IMPORT_BYTES,
    ChatShare,
    FileFilter,
    parse_chat_share,
    parse_file_filter,
)
from core.miniprograms.errors import (
    NeedsNewerHutong,
    PackageRefused,
    QuotaExceeded,
    UpdateRefused,
)
from core.miniprograms.instances import instance_scope, member_addr
from core.miniprograms.limits import (
    API_LEVEL,
    MAX_COMPRESSION_RATIO,
    MAX_ENTRIES,
    MAX_FILE_BYTES,
    MAX_PACKAGE_BYTES,
    MAX_SENT_BYTES,
    MAX_UNPACKED_BYTES,
    MAX_UPDATE_BYTES,
    UPDATE_BURST,
    UPDATE_INTERVAL_MS,
    UPDATES_PER_SECOND,
)
from core.miniprograms.manifest import Capability, Manifest, parse_manifest
from core.miniprograms.package import Package, read_package
from core.miniprograms.session import AppSession
from core.miniprograms.storage import MAX_STORAGE_BYTES, MAX_STORAGE_ITEM_BYTES
from core.miniprograms.throttle import UpdateThrottle
from core.miniprograms.transport import LocalTransport, LocalUpdateHub, UpdateTransport
from core.miniprograms.update_log import UpdateLog
from core.miniprograms.updates import (
    AppUpdate,
    DeliveredUpdate,
    UpdateBody,
    parse_sent_update,
    update_from_bytes,
)

__all__ = [
    "API_LEVEL",
    "MAX_COMPRESSION_RATIO",
    "MAX_ENTRIES",
    "MAX_FILE_BYTES",
    "MAX_IMPORT_BYTES",
    "MAX_PACKAGE_BYTES",
    "MAX_SENT_BYTES",
    "MAX_STORAGE_BYTES",
    "MAX_STORAGE_ITEM_BYTES",
    "MAX_UNPACKED_BYTES",
    "MAX_UPDATE_BYTES",
    "UPDATES_PER_SECOND",
    "UPDATE_BURST",
    "UPDATE_INTERVAL_MS",
    "AppSession",
    "AppUpdate",
    "Capability",
    "ChatShare",
    "DeliveredUpdate",
    "FileFilter",
    "LocalTransport",
    "LocalUpdateHub",
    "Manifest",
    "NeedsNewerHutong",
    "Package",
    "PackageRefused",
    "QuotaExceeded",
    "UpdateBody",
    "UpdateLog",
    "UpdateRefused",
    "UpdateThrottle",
    "UpdateTransport",
    "instance_scope",
    "member_addr",
    "parse_chat_share",
    "parse_file_filter",
    "parse_manifest",
    "parse_sent_update",
    "read_package",
    "update_from_bytes",
]
