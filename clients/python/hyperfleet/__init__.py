"""Hyperfleet's Python client.

* Training code run by a Hyperfleet worker: :func:`hyperparameters`, :func:`report`,
  :func:`should_stop`, :func:`model_dir`, :func:`output_dir`, :func:`checkpoint_dir`.
* People and programs: :class:`Client`, the coordinator's HTTP API.
* Tuning from Python: :class:`Study` (ask / tell / optimize against a ``runtime: external`` job).

Standard library only; pandas (:meth:`Client.trials_dataframe`) and PyYAML (YAML job files) are used
when installed. See docs/python.md.
"""

from __future__ import annotations

__version__ = "0.1.0"

from . import errors as _errors
from . import training as _training
from .client import DEFAULT_URL, ENDED_STATUSES, Client
from .errors import *  # noqa: F401,F403  (HyperfleetError, CoordinatorUnreachable, ...: errors.__all__)
from .space import categorical, continuous, integer
from .study import Study
from .trial import FrozenTrial, Trial
from .training import *  # noqa: F401,F403  (hyperparameters, report, should_stop, ...: training.__all__)

__all__ = [
    "__version__",
    *_training.__all__,
    "Client",
    "DEFAULT_URL",
    "ENDED_STATUSES",
    "Study",
    "Trial",
    "FrozenTrial",
    "continuous",
    "integer",
    "categorical",
    *_errors.__all__,
]
