"""Benchmark figures: a value, the limit measured in the same run, the ratio, the target."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    unit: str
    target: str
    met: bool
    limit: float | None = None
    note: str = ""

    def line(self) -> str:
        text = f"{self.name}: {self.value:,.1f} {self.unit}"
        if self.limit is not None:
            ratio = self.value / self.limit if self.limit else 0.0
            text += f"  (limit here {self.limit:,.1f} {self.unit}, ratio {ratio:.2f})"
        text += f"  target {self.target}  [{'ok' if self.met else 'MISSED'}]"
        if self.note:
            text += f"  {self.note}"
        return text


@dataclass
class Report:
    figures: list[Figure] = field(default_factory=list)

    def add(self, figure: Figure) -> None:
        self.figures.append(figure)
        print(figure.line(), flush=True)

    def all_met(self) -> bool:
        return all(figure.met for figure in self.figures)

    def print_summary(self) -> None:
        missed = [f.name for f in self.figures if not f.met]
        print(
            f"\n{len(self.figures)} figures, {len(missed)} missed"
            + (f": {', '.join(missed)}" if missed else "")
        )
