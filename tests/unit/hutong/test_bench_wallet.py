"""``hutong bench wallet`` on a tiny workload: the figure and its limit are measured.

A few hundred transfers, so this checks the measuring (every transfer cleared, none refused:
the bench asserts it), not the target.
"""

from __future__ import annotations

import pytest

from hutong.bench.report import Report
from hutong.bench.wallet import cleared_rate
from hutong.bench.wallet_limit import bare_clearer_rate


def test_the_bare_clearer_limit_is_measured() -> None:
    assert bare_clearer_rate(200) > 0


@pytest.mark.slow
@pytest.mark.xdist_group("nodes")
def test_the_cleared_transfers_figure_is_measured() -> None:
    report = Report()
    cleared_rate(report, 300)
    (figure,) = report.figures
    assert figure.name.startswith("wallet: cleared transfers") and figure.value > 0
    assert figure.limit is not None and figure.limit > 0 and "from the dial" in figure.note
