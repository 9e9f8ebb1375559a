"""``hutong bench ingest`` and the catch-up figure on tiny workloads: each is measured.

Sizes are a few thousand events, so this checks the measuring (and that the limits are the
ones the figures name), not the targets.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hutong.bench.ingest import bench_ingest, ingest_rate, raw_limit
from hutong.bench.report import Report
from hutong.bench.sync import catch_up
from hutong.bench.workload import signed_feeds


def test_the_ingest_figure_names_both_limits(tmp_path: Path) -> None:
    events = signed_feeds(4, 100)
    assert raw_limit(events, tmp_path) > 0
    assert raw_limit(events, tmp_path, every_signature=True) > 0
    (tmp_path / "store").mkdir()
    assert ingest_rate(events, tmp_path / "store") > 0
    report = Report()
    bench_ingest(report, quick=True)
    (figure,) = report.figures
    assert figure.value > 0 and figure.limit is not None and figure.limit > 0
    assert "one signature per run" in figure.note and "per-event floor" in figure.note


@pytest.mark.slow
@pytest.mark.xdist_group("nodes")
def test_the_catch_up_figure_is_measured() -> None:
    report = Report()
    catch_up(report, 2_000)
    (figure,) = report.figures
    assert figure.name.startswith("sync catch-up") and figure.value > 0
    assert figure.limit is not None and "per-event floor" in figure.note
