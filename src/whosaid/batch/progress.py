"""A one-line progress bar for a terminal: articles done, articles per second, time left."""

from __future__ import annotations

import sys
import time
from typing import Optional, TextIO


class Progress:
    """Redrawn in place at most a few times a second; silent when the stream is not a terminal."""

    WIDTH = 24
    EVERY_S = 0.25

    def __init__(self, total: Optional[int] = None, stream: TextIO = sys.stderr, enabled: Optional[bool] = None):
        self.total = total
        self.stream = stream
        self.enabled = stream.isatty() if enabled is None else enabled
        self.done = 0
        self.started = time.perf_counter()
        self._drawn = 0.0

    def note(self, text: str) -> None:
        """A phase with no count yet (reading the inputs, starting the workers)."""
        if self.enabled:
            self.stream.write(f"\r\x1b[K{text}")
            self.stream.flush()

    def start(self, total: Optional[int] = None) -> None:
        """From now on the rate is counted: what came before (loading models) is not analysis."""
        self.total = total if total is not None else self.total
        self.started = time.perf_counter()
        self._draw(force=True)

    def advance(self, count: int) -> None:
        self.done += count
        self._draw()

    def close(self) -> None:
        if self.enabled:
            self._draw(force=True)
            self.stream.write("\n")
            self.stream.flush()

    def line(self) -> str:
        elapsed = max(time.perf_counter() - self.started, 1e-9)
        rate = self.done / elapsed
        if not self.total:
            return f"{self.done} articles  {rate:.1f} articles/s"
        share = min(self.done / self.total, 1.0)
        filled = round(share * self.WIDTH)
        left = (self.total - self.done) / rate if rate > 0 else None
        eta = f"  {_clock(left)} left" if left is not None and self.done < self.total else ""
        return (f"[{'#' * filled}{'.' * (self.WIDTH - filled)}] {self.done}/{self.total} articles"
                f"  {share:.0%}  {rate:.1f} articles/s{eta}")

    def _draw(self, force: bool = False) -> None:
        now = time.perf_counter()
        if self.enabled and (force or now - self._drawn >= self.EVERY_S):
            self.stream.write("\r\x1b[K" + self.line())
            self.stream.flush()
            self._drawn = now


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
