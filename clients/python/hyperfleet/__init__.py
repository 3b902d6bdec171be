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

from .client import DEFAULT_URL, ENDED_STATUSES, Client
from .errors import (
    CoordinatorUnreachable,
    HyperfleetError,
    LeaseExpiredError,
    NotFoundError,
    SpecError,
    StudyFinished,
    TrialPruned,
)
from .space import categorical, continuous, integer
from .study import Study
from .trial import FrozenTrial, Trial
from .training import (
    attempt,
    checkpoint_dir,
    convert_value,
    hyperparameters,
    in_hyperfleet,
    install_stop_handler,
    job_id,
    model_dir,
    output_dir,
    report,
    should_stop,
    trial_id,
)

__all__ = [
    "__version__",
    # training
    "hyperparameters",
    "report",
    "should_stop",
    "install_stop_handler",
    "model_dir",
    "output_dir",
    "checkpoint_dir",
    "job_id",
    "trial_id",
    "attempt",
    "in_hyperfleet",
    "convert_value",
    # client
    "Client",
    "DEFAULT_URL",
    "ENDED_STATUSES",
    # study
    "Study",
    "Trial",
    "FrozenTrial",
    "continuous",
    "integer",
    "categorical",
    # errors
    "HyperfleetError",
    "CoordinatorUnreachable",
    "NotFoundError",
    "LeaseExpiredError",
    "SpecError",
    "StudyFinished",
    "TrialPruned",
]
