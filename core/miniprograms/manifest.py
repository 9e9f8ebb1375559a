"""manifest.toml: the webxdc fields plus Hutong's ``[hutong]`` capabilities."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from enum import StrEnum

from core.miniprograms.errors import NeedsNewerHutong, PackageRefused
from core.miniprograms.limits import API_LEVEL, MAX_MANIFEST_BYTES, MAX_NAME_CHARS


class Capability(StrEnum):
    """What a package may ask of Hutong beyond webxdc; each is granted by the user."""

    STORAGE = "storage"
    PROFILE = "profile"
    PAYMENT = "payment"
    SHARE = "share"


@dataclass(frozen=True)
class Manifest:
    name: str
    min_api: int = 1
    source_code_url: str | None = None
    capabilities: frozenset[Capability] = frozenset()


def parse_manifest(data: bytes, *, fallback_name: str) -> Manifest:
    """Read manifest.toml; unknown webxdc keys are ignored, wrong types and newer APIs refused."""
    if len(data) > MAX_MANIFEST_BYTES:
        raise PackageRefused("manifest.toml is too large")
    try:
        table = tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise PackageRefused(f"manifest.toml is not valid TOML: {exc}") from None
    name = table.get("name", fallback_name)
    if not isinstance(name, str) or not name.strip():
        raise PackageRefused("manifest.toml: name must be a non-empty text")
    min_api = table.get("min_api", 1)
    if not isinstance(min_api, int) or isinstance(min_api, bool) or min_api < 0:
        raise PackageRefused("manifest.toml: min_api must be a whole number")
    if min_api > API_LEVEL:
        raise NeedsNewerHutong(
            f"this mini-program needs a newer Hutong (API {min_api}, this one has {API_LEVEL})"
        )
    source = table.get("source_code_url")
    if source is not None and not isinstance(source, str):
        raise PackageRefused("manifest.toml: source_code_url must be a text")
    return Manifest(
        name=name.strip()[:MAX_NAME_CHARS],
        min_api=min_api,
        source_code_url=source,
        capabilities=_capabilities(table.get("hutong", {})),
    )


def _capabilities(section: object) -> frozenset[Capability]:
    if not isinstance(section, dict):
        raise PackageRefused("manifest.toml: [hutong] must be a table")
    declared = section.get("capabilities", [])
    if not isinstance(declared, list) or not all(isinstance(c, str) for c in declared):
        raise PackageRefused("manifest.toml: hutong.capabilities must be a list of texts")
    known = {c.value for c in Capability}
    unknown = sorted(set(declared) - known)
    if unknown:
        raise PackageRefused(f"manifest.toml: unknown capability {unknown[0]!r}")
    return frozenset(Capability(c) for c in declared)
