"""The counter in docs/miniprograms.md, taken from the page as it is written, is a valid
package whose members converge (the guide's example must keep working)."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from core.miniprograms import LocalUpdateHub, read_package
from tests.gui.miniprograms.conftest import js, wait_js

GUIDE = Path(__file__).resolve().parents[3] / "docs" / "miniprograms.md"


def guide_counter() -> bytes:
    """index.html, app.js and manifest.toml: the first code block after each file's name."""
    section = GUIDE.read_text(encoding="utf-8").split("## A first app", 1)[1].split("\n## ", 1)[0]
    files = {}
    for name in ("index.html", "app.js", "manifest.toml"):
        found = re.search(rf"`{re.escape(name)}`:\s*```\w*\n(.*?)```", section, re.DOTALL)
        assert found, f"the guide's example has no {name}"
        files[name] = found.group(1)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def test_the_guides_counter_runs_and_converges(make_host, qtbot) -> None:
    package = read_package(guide_counter(), file_name="counter.xdc")
    assert package.name == "Counter"
    hub = LocalUpdateHub()
    ann, ben = (make_host(package, member, hub, wait_for=None) for member in ("ann", "ben"))
    for host in (ann, ben):
        wait_js(qtbot, host, "document.getElementById('total').textContent", "0")
    js(qtbot, ann, "document.getElementById('add').click()")
    wait_js(qtbot, ann, "document.getElementById('total').textContent", "1")
    js(qtbot, ben, "document.getElementById('add').click()")
    js(qtbot, ann, "document.getElementById('add').click()")
    for host in (ann, ben):
        wait_js(qtbot, host, "document.getElementById('total').textContent", "3")
        wait_js(qtbot, host, "document.getElementById('who').textContent", "Ann: 2Ben: 1")
    infos = sorted(d.update.body.info for d in ben.session.log.since(0))
    assert infos == ["Ann clicked", "Ann clicked", "Ben clicked"]
