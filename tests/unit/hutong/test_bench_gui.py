"""``hutong bench gui`` on tiny workloads: every figure is measured and is a positive number.

The real app runs offscreen here (the e2e test covers Xvfb); the sizes are a few hundred
messages, so this checks the measuring, not the targets.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hutong.bench.gui import (
    build_chat_profile,
    build_moments_profile,
    chat_figures,
    cold_start,
    gui_memory,
    moments_figure,
    node_memory,
    search_figure,
)
from hutong.bench.gui_flood import flood_figure
from hutong.bench.report import Report

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("nodes")]


def test_every_gui_figure_is_measured(tmp_path: Path) -> None:
    report = Report()
    profile = tmp_path / "gui"
    big, small = build_chat_profile(profile, 600)

    cold_start(report, profile, None, "offscreen", runs=1)
    gui_memory(report, profile, None, 600, idle=0.2)
    chat_figures(report, profile, big, small, 600, opens=2, rows=200)
    flood_figure(report, tmp_path / "flood", 300)
    (tmp_path / "pictures").mkdir()
    build_moments_profile(tmp_path / "moments", 120, tmp_path / "pictures")
    moments_figure(report, tmp_path / "moments", 120, rows=60)
    search_figure(report, tmp_path / "search", 3001, runs=2)
    node_memory(report, profile, idle=0.2)

    names = [figure.name for figure in report.figures]
    assert names == [
        "cold start to a usable window (offscreen)",
        "GUI idle memory, a 600-message chat open",
        "opening a chat of 600 messages",
        "scrolling 200 rows: worst frame",
        "300 messages arriving in an open chat: longest GUI-thread stall",
        "Moments: scrolling 60 of 120 posts: worst frame",
        "search over 3,001 messages",
        "headless node idle memory",
    ]
    for figure in report.figures:
        assert figure.value > 0, figure
        assert figure.limit is None or figure.limit > 0, figure
    search = report.figures[6]
    assert "'zebra' in 2 messages" in search.note
