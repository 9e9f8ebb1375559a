"""``hutong bench``: performance figures printed next to limits measured in the same run."""

from __future__ import annotations

import argparse

from hutong.bench.report import Report


def run_bench(arguments: argparse.Namespace) -> int:
    report = Report()
    which = arguments.which
    if which in ("ingest", "all"):
        from hutong.bench.ingest import bench_ingest

        bench_ingest(report, quick=arguments.quick)
    if which in ("sync", "all"):
        from hutong.bench.sync import bench_sync

        bench_sync(report, quick=arguments.quick)
    if which in ("wallet", "all"):
        from hutong.bench.wallet import bench_wallet

        bench_wallet(report, quick=arguments.quick)
    if which in ("gui", "all"):
        from hutong.bench.gui import bench_gui

        bench_gui(report, quick=arguments.quick)
    report.print_summary()
    return 0 if report.all_met() else 2
