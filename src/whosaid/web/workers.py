"""The server's analyses, each in a worker process that can be stopped.

The analysis is CPU-bound Python: run in the server's own process it holds the GIL, so one long
article would stall every page and API read, and a thread cannot be stopped when its client has gone
or its time is up. Here each analysis runs in one of a few worker processes (spawned, models loaded
once each, one BLAS thread each), and the server's event loop only waits on their pipes. A worker
is sent a task (a picklable function of the pipeline: reading and checking a request's body is part
of it, so that parsing megabytes of JSON never holds up the server's own process either):
- an analysis past its time budget, or whose client has disconnected, has its worker killed and
  replaced; the request gets a clear error (or nothing, the client being gone);
- requests wait for a free worker in a bounded queue; past it they are refused at once with 503
  and `Retry-After`, so a flood of analyses never grows without end;
- reads never wait on analyses: they run in the server's process, which no analysis occupies.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import threading
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any, Awaitable, Callable, Optional, TypeVar

from ..pipeline import Pipeline
from ..read import Source, oversized
from ..worker_env import WARM_UP_TEXT, worker_environment

# How often a waiting request looks whether its client is still there.
DISCONNECT_POLL_S = 0.5
# What a refused client is told to wait before trying again.
RETRY_AFTER_S = 5


class AnalysisRefused(Exception):
    """An analysis the server will not finish: `status` and a one-line reason for the client."""

    def __init__(self, status: int, reason: str, retry_after: Optional[int] = None):
        super().__init__(reason)
        self.status = status
        self.reason = reason
        self.retry_after = retry_after


Result = TypeVar("Result")
Task = Callable[[Pipeline], Result]


def record_of(source: Source, max_chars: int, pipeline: Pipeline) -> str:
    """A task: the record of an article's source as JSON (the cheap form to send back), or a 413 when
    the article is over the size cap."""
    too_long = oversized(source.text, source.origin, max_chars)
    if too_long is not None:
        raise AnalysisRefused(413, str(too_long))
    return pipeline.run(source).to_json()


def _work(connection: Connection, pipeline: Pipeline) -> None:
    """A worker's life: load the models, say it is ready, then run the tasks it is sent until told to
    stop (None) or killed."""
    pipeline(WARM_UP_TEXT)
    connection.send(("ready", None))
    while True:
        try:
            task = connection.recv()
        except (EOFError, KeyboardInterrupt):
            return
        if task is None:
            return
        answer: tuple
        try:
            answer = ("done", task(pipeline))
        except AnalysisRefused as refused:
            answer = ("refused", refused.status, refused.reason)
        except Exception as error:  # one article's failure is that request's answer, not the worker's end
            answer = ("failed", f"{type(error).__name__}: {error}")
        try:
            connection.send(answer)
        except OSError:  # the server has gone
            return


@dataclass(eq=False)  # each worker is itself: kept in a set by identity
class Worker:
    process: Any  # a multiprocessing Process (spawn context)
    connection: Connection

    def kill(self) -> None:
        self.process.kill()
        self.connection.close()
        self.process.join(timeout=5)


class AnalysisPool:
    """A fixed number of worker processes, a bounded queue of requests waiting for one, and a time
    budget per analysis."""

    def __init__(self, pipeline: Optional[Pipeline] = None, workers: int = 2, queue: int = 8,
                 budget_s: float = 60.0):
        self.pipeline = pipeline or Pipeline()
        self.workers = workers
        self.queue = queue
        self.budget_s = budget_s
        self._context = multiprocessing.get_context("spawn")  # never fork a process that runs threads
        self._idle: Optional[asyncio.Queue[Worker]] = None
        self._loop: Optional[asyncio.AbstractEventLoop] = None
        self._all: set[Worker] = set()
        self._waiting = 0
        self._lock = threading.Lock()
        self._closed = False

    def _spawn(self) -> Worker:
        ours, theirs = self._context.Pipe()
        process = self._context.Process(target=_work, args=(theirs, self.pipeline), daemon=True,
                                        name="whosaid-analysis")
        with worker_environment():  # in the child before numpy is imported: one BLAS thread each
            process.start()
        theirs.close()
        worker = Worker(process, ours)
        with self._lock:
            self._all.add(worker)
        return worker

    def start(self) -> asyncio.Queue[Worker]:
        """The workers, started on first use inside the server's event loop; each joins the idle queue
        once its models are loaded. Their pipes are watched by that loop: used from another one (an
        application run again), the pool starts afresh."""
        loop = asyncio.get_running_loop()
        if self._loop is not loop:
            self._stop_workers()
            self._idle, self._loop = None, loop
        if self._idle is None:
            self._idle = asyncio.Queue()
            for _ in range(self.workers):
                self._replace()
        return self._idle

    def _replace(self, dead: Optional[Worker] = None) -> None:
        """A new worker in place of one killed (or a first one); it becomes idle when it says ready."""
        if dead is not None:
            with self._lock:
                self._all.discard(dead)
            threading.Thread(target=dead.kill, daemon=True).start()  # joining takes time: not in the loop
        if self._closed:
            return
        worker = self._spawn()
        loop = asyncio.get_running_loop()
        idle = self._idle
        assert idle is not None

        def ready() -> None:
            loop.remove_reader(worker.connection.fileno())
            try:
                worker.connection.recv()  # ("ready", None)
            except (EOFError, OSError):  # died while loading: try again, unless closing
                self._replace(worker)
                return
            idle.put_nowait(worker)

        loop.add_reader(worker.connection.fileno(), ready)

    async def run(self, task: Task[Result], disconnected: Callable[[], Awaitable[bool]]) -> Optional[Result]:
        """What `task` gives in a worker, or None when the client went away first; AnalysisRefused when
        the queue is full, the budget is spent, or the task refused or failed."""
        idle = self.start()
        if idle.empty() and self._waiting >= self.queue:
            raise AnalysisRefused(503, f"busy: {self._waiting} analyses are waiting for a worker; "
                                       "try again shortly", retry_after=RETRY_AFTER_S)
        self._waiting += 1
        try:  # a wait that is bounded too: workers that cannot start must not hold requests for ever
            worker = await asyncio.wait_for(idle.get(), self.budget_s)
        except asyncio.TimeoutError:
            raise AnalysisRefused(503, f"busy: no analysis worker was free within {self.budget_s:g} s; "
                                       "try again shortly", retry_after=RETRY_AFTER_S) from None
        finally:
            self._waiting -= 1
        if await disconnected():
            idle.put_nowait(worker)
            return None
        try:
            answer = await self._run(worker, task, disconnected)
        except _ClientGone:
            self._replace(worker)
            return None
        except BaseException:  # budget spent, server stopping, worker died: a fresh worker in its place
            self._replace(worker)
            raise
        idle.put_nowait(worker)
        if answer[0] == "refused":
            raise AnalysisRefused(answer[1], answer[2])
        if answer[0] == "failed":
            raise AnalysisRefused(500, f"analysis failed ({answer[1]})")
        return answer[1]

    async def _run(self, worker: Worker, task: Task, disconnected: Callable[[], Awaitable[bool]]) -> tuple:
        """Send the task, wait for the answer within the budget while the client is there."""
        loop = asyncio.get_running_loop()
        answered = asyncio.Event()
        await asyncio.to_thread(worker.connection.send, task)
        loop.add_reader(worker.connection.fileno(), answered.set)
        try:
            deadline = loop.time() + self.budget_s
            while not answered.is_set():
                left = deadline - loop.time()
                if left <= 0:
                    raise AnalysisRefused(504, f"analysis stopped after {self.budget_s:g} s, the server's "
                                               "time budget for one article (--time-budget)")
                try:
                    await asyncio.wait_for(answered.wait(), min(left, DISCONNECT_POLL_S))
                except asyncio.TimeoutError:
                    if await disconnected():
                        raise _ClientGone() from None
        finally:
            loop.remove_reader(worker.connection.fileno())
        try:
            return await asyncio.to_thread(worker.connection.recv)
        except (EOFError, OSError):
            raise AnalysisRefused(500, "analysis failed (its worker process stopped)") from None

    def close(self) -> None:
        """Stop every worker now (the server is stopping)."""
        self._closed = True
        self._stop_workers()

    def _stop_workers(self) -> None:
        with self._lock:
            workers, self._all = list(self._all), set()
        for worker in workers:
            worker.process.kill()
        for worker in workers:
            worker.process.join(timeout=5)
            worker.connection.close()


class _ClientGone(Exception):
    """The client disconnected while its article was being analysed."""
