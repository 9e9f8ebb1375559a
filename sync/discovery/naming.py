"""DNS-SD names: our service type, instance names built from display names, and host names.

An instance name is one DNS label of at most 63 UTF-8 bytes (RFC 6763 §4.1.1). We build it as
``<display name> (<first 6 hex digits of the device id>)``: the suffix makes two devices with
the same display name unlikely to collide, and leaves zeroconf's own conflict renaming
(``-2``, ``-3``, ...) for the rare case that they still do. Dots and control characters are
replaced because python-zeroconf does not escape them, and a dot would split the label.
"""

from __future__ import annotations

import unicodedata

SERVICE_TYPE = "_hutong._tcp.local."
MAX_LABEL_BYTES = 63
RENAME_RESERVE_BYTES = 4  # room for zeroconf's conflict suffix, "-2" up to "-999"
ID_SUFFIX_HEX_CHARS = 6
FALLBACK_DISPLAY_NAME = "Hutong"

_ID_SUFFIX_BYTES = len(f" ({'0' * ID_SUFFIX_HEX_CHARS})")
_DISPLAY_BUDGET_BYTES = MAX_LABEL_BYTES - RENAME_RESERVE_BYTES - _ID_SUFFIX_BYTES
# Characters that only make sense joined to a following one; a cut must not leave them last.
_DANGLING_JOINERS = "\u200d\ufe0e\ufe0f"
_BLANKED = {"Cc", "Zl", "Zp"}  # control characters, line and paragraph separators


def instance_name(display_name: str, device_id: str) -> str:
    """The instance label announcing ``display_name`` for ``device_id``; at most 59 bytes."""
    label = truncate_utf8(clean_display_name(display_name), _DISPLAY_BUDGET_BYTES)
    return f"{label or FALLBACK_DISPLAY_NAME} ({device_id[:ID_SUFFIX_HEX_CHARS]})"


def service_name(instance: str) -> str:
    """The fully qualified service name of ``instance``."""
    return f"{instance}.{SERVICE_TYPE}"


def host_name(device_id: str, nonce: str) -> str:
    """A host name for our address records, unique per running instance thanks to ``nonce``."""
    return f"hutong-{device_id[:12]}-{nonce}.local."


def clean_display_name(display_name: str) -> str:
    """``display_name`` with dots, control and separator characters turned into single spaces."""
    text = unicodedata.normalize("NFC", display_name)
    kept = [
        " " if ch == "." or unicodedata.category(ch) in {"Cc", "Zl", "Zp"} else ch for ch in text
    ]
    return " ".join("".join(kept).split())


def truncate_utf8(text: str, max_bytes: int) -> str:
    """The longest prefix of ``text`` fitting ``max_bytes`` of UTF-8, cut between characters."""
    encoded = text.encode("utf-8")
    if len(encoded) <= max_bytes:
        return text
    cut = encoded[:max_bytes].decode("utf-8", errors="ignore")
    return cut.rstrip(_DANGLING_JOINERS + " ").rstrip()
