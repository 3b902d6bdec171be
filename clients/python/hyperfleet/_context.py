"""The trial a Study is running in this thread, so the training helpers can work through it."""

from __future__ import annotations

import contextlib
import threading
from typing import TYPE_CHECKING, Iterator, Optional

if TYPE_CHECKING:  # pragma: no cover
    from .study import Trial

_local = threading.local()


def current_trial() -> Optional["Trial"]:
    """The :class:`~hyperfleet.Trial` that :meth:`Study.optimize` runs in this thread, if any."""
    return getattr(_local, "trial", None)


@contextlib.contextmanager
def running(trial: "Trial") -> Iterator["Trial"]:
    """Make ``trial`` the current one in this thread while the block runs."""
    previous = getattr(_local, "trial", None)
    _local.trial = trial
    try:
        yield trial
    finally:
        _local.trial = previous
