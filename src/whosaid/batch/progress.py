"""Progress on a terminal: one line, redrawn in place, with articles done, articles per second and time
(and, when how many there are is known, a bar and the time left). `whosaid batch` and `whosaid ingest`
draw it."""

from __future__ import annotations

import sys
import time
from typing import Optional, TextIO

from ..render import plural


BAR = 30  # characters of the bar drawn when the total is known


class Progress:
    """Redrawn at most a few times a second; silent when the stream is not a terminal."""

    EVERY_S = 0.25

    def __init__(self, stream: Optional[TextIO] = None, enabled: Optional[bool] = None,
                 total: Optional[int] = None):
        self.stream = stream or sys.stderr  # looked up when made, not at import: it may be redirected
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.total = total
        self.done = 0
        self.started = time.perf_counter()
        self._drawn = 0.0

    def note(self, text: str) -> None:
        """A phase with nothing counted yet (reading the inputs, starting the workers)."""
        if self.enabled:
            self.stream.write(f"\r\x1b[K{text}")
            self.stream.flush()

    def start(self) -> None:
        """From now on the rate is counted: what came before (loading the models) is not analysis."""
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
            return f"{plural(self.done, 'article')}  {rate:.1f} articles/s  {_clock(elapsed)}"
        filled = min(BAR, BAR * self.done // self.total)
        left = f", {_clock((self.total - self.done) / rate)} left" if rate and self.done < self.total else ""
        return (f"[{'#' * filled}{'.' * (BAR - filled)}] {self.done}/{plural(self.total, 'article')}  "
                f"{rate:.1f} articles/s  {_clock(elapsed)}{left}")

    def _draw(self, force: bool = False) -> None:
        now = time.perf_counter()
        if self.enabled and (force or now - self._drawn >= self.EVERY_S):
            self.stream.write("\r\x1b[K" + self.line())
            self.stream.flush()
            self._drawn = now


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
