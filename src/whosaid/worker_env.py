"""What every worker process of whosaid starts with, whoever starts it (`batch`, `serve`).

Only the standard library here: a worker imports this before numpy, which reads the variables once.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from typing import Iterator

# One BLAS thread each: the workers are the parallelism.
WORKER_ENV = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}

# A short article through the whole pipeline loads every model a worker needs.
WARM_UP_TEXT = ("Министр заявил журналистам\n\nМОСКВА, 11 января. Министр иностранных дел России "
                "Сергей Лавров заявил журналистам, что переговоры в Женеве пройдут 10 января.\n")


@contextmanager
def worker_environment() -> Iterator[None]:
    """WORKER_ENV for the processes started meanwhile; this process's own environment is kept."""
    saved = {name: os.environ.get(name) for name in WORKER_ENV}
    os.environ.update(WORKER_ENV)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
