"""The trials of a :class:`~hyperfleet.Study`: a leased :class:`Trial` being run (its reports, heartbeats
and folders) and a :class:`FrozenTrial` as the coordinator lists it."""

from __future__ import annotations

import logging
import math
import os
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Dict, List, Mapping, Optional, Union

from .errors import HyperfleetError, LeaseExpiredError
from .training import convert_value

if TYPE_CHECKING:
    from .study import Study

__all__ = ["Trial", "FrozenTrial", "DEFAULT_LEASE_SECONDS"]

logger = logging.getLogger("hyperfleet")

#: The lease the coordinator gives a trial when none is asked for (seconds).
DEFAULT_LEASE_SECONDS = 600.0


def _number(name: str, v: Any) -> float:
    if isinstance(v, bool) or isinstance(v, (str, bytes)) or not hasattr(v, "__float__"):
        raise TypeError(f"metric {name!r}: expected a number, got {v!r}")
    return int(v) if isinstance(v, int) else float(v)


def _wire(values: Mapping[str, float]) -> Dict[str, Any]:
    """JSON has no NaN or infinity: the API takes them as the strings "NaN", "Infinity", "-Infinity"."""
    out: Dict[str, Any] = {}
    for name, v in values.items():
        if isinstance(v, float) and not math.isfinite(v):
            out[name] = "NaN" if math.isnan(v) else ("Infinity" if v > 0 else "-Infinity")
        else:
            out[name] = v
    return out



class Trial:
    """One leased trial of a :class:`Study`, handed out by :meth:`Study.ask`.

    Attributes:
        trial_id: the coordinator's trial id (also :attr:`number`).
        attempt: 1 for the first run; a trial whose lease ran out comes back as attempt 2, ...
        params: the tuned values, typed (numbers as numbers).
        static_hyperparameters: the job's static hyperparameters, as strings.
        lease: the opaque lease every report carries.
        lease_expires_unix_ms: when the lease runs out unless a report or heartbeat extends it.
        state: ``running``, then ``completed``, ``failed``, ``stopped`` once told (or ``lost`` when the
            lease ran out).
        value: the objective value told, if any.
        last_metrics: the latest value of each metric reported.
    """

    def __init__(self, study: "Study", suggestion: Mapping[str, Any], lease_seconds: Optional[float]) -> None:
        self.study = study
        self.job_id = study.job_id
        self.trial_id = int(suggestion["trialId"])
        self.attempt = int(suggestion.get("attempt", 1))
        self.lease = str(suggestion["lease"])
        self.lease_expires_unix_ms: Optional[int] = suggestion.get("leaseExpiresUnixMs")
        self.params: Dict[str, Any] = dict(suggestion.get("hyperparameters") or {})
        self.static_hyperparameters: Dict[str, str] = dict(suggestion.get("staticHyperparameters") or {})
        self.lease_seconds = float(lease_seconds) if lease_seconds is not None else DEFAULT_LEASE_SECONDS
        self.state = "running"
        self.value: Optional[float] = None
        self.last_metrics: Dict[str, float] = {}
        self.stop_reason: Optional[str] = None
        self._should_stop = False
        self._lock = threading.Lock()
        self._hb_stop = threading.Event()
        self._hb_thread: Optional[threading.Thread] = None

    @property
    def number(self) -> int:
        """The trial id (Optuna's name for it)."""
        return self.trial_id

    @property
    def hyperparameters(self) -> Dict[str, Any]:
        """Static hyperparameters (read as values: ``"20"`` → 20) overlaid with the tuned ones."""
        return {**{k: convert_value(v) for k, v in self.static_hyperparameters.items()}, **self.params}

    @property
    def finished(self) -> bool:
        """Whether the trial has been told (or lost its lease): no more reports."""
        return self.state != "running"

    def __repr__(self) -> str:
        return f"Trial(job={self.job_id!r}, trial_id={self.trial_id}, attempt={self.attempt}, state={self.state!r}, params={self.params!r})"

    # -- reporting -------------------------------------------------------------------------------------

    def _answer(self, answer: Mapping[str, Any]) -> bool:
        with self._lock:
            if answer.get("leaseExpiresUnixMs") is not None:
                self.lease_expires_unix_ms = answer["leaseExpiresUnixMs"]
            if answer.get("shouldStop"):
                self._should_stop = True
                self.stop_reason = str(answer.get("reason") or "stopped by the coordinator")
            return self._should_stop

    def _lost(self, err: LeaseExpiredError) -> None:
        with self._lock:
            if self.state == "running":
                self.state = "lost"
            self._should_stop = True
            self.stop_reason = f"lease expired: {err.message}"

    def report(self, value_or_metrics: Union[float, Mapping[str, float]], step: Optional[int] = None) -> bool:
        """Report an intermediate result: the objective's value (a number) or several metrics (a dict),
        at ``step`` (a whole number >= 0, an epoch; without it each metric takes its next step). Extends
        the lease.

        Returns:
            True when the coordinator says the trial should stop (the early-stopping rule pruned it,
            the job is stopping); then stop and raise :class:`TrialPruned` (or return). Also kept for
            :meth:`should_prune`.

        Raises:
            LeaseExpiredError: the lease ran out; the trial will be run again elsewhere, so give up.
        """
        if isinstance(value_or_metrics, Mapping):
            metrics = {str(k): v for k, v in value_or_metrics.items()}
        else:
            metrics = {self.study.metric: value_or_metrics}
        if self.state == "lost":
            raise LeaseExpiredError(
                f"trial {self.trial_id} of {self.job_id} lost its lease: {self.stop_reason}", code="LEASE_EXPIRED", status=409
            )
        if self.finished:
            raise HyperfleetError(f"trial {self.trial_id} was already told ({self.state}): no more reports", code="TRIAL_ENDED")
        values = {name: _number(name, v) for name, v in metrics.items()}
        if not values:
            raise ValueError("report() needs at least one metric")
        if step is not None and (isinstance(step, bool) or int(step) != step or step < 0):
            raise ValueError(f"step must be a whole number >= 0, got {step!r}")
        with self._lock:
            self.last_metrics.update(values)
        try:
            answer = self.study.client.report_metrics(
                self.job_id, self.trial_id, self.lease, _wire(values), step=None if step is None else int(step)
            )
        except LeaseExpiredError as err:
            self._lost(err)
            raise
        return self._answer(answer)

    def heartbeat(self) -> bool:
        """Keep the lease (the heartbeat thread does this by itself); True when the trial should stop."""
        try:
            answer = self.study.client.heartbeat(self.job_id, self.trial_id, self.lease)
        except LeaseExpiredError as err:
            self._lost(err)
            raise
        return self._answer(answer)

    def should_prune(self) -> bool:
        """Whether the coordinator said (in a report's or heartbeat's answer) that this trial should
        stop, or its lease was lost. :func:`hyperfleet.should_stop` says the same inside optimize."""
        return self._should_stop

    should_stop = should_prune

    # -- heartbeats ------------------------------------------------------------------------------------

    def start_heartbeat(self, interval: Optional[float] = None) -> None:
        """Heartbeat in a background thread until the trial is told, every ``interval`` seconds
        (default: a third of the lease, at most 10 s), so a long step without reports keeps its lease
        and a stop is seen within that time. :meth:`Study.optimize` does this for every trial."""
        if self._hb_thread is not None:
            return
        every = interval if interval is not None else max(1.0, min(10.0, self.lease_seconds / 3.0))

        def beat() -> None:
            while not self._hb_stop.wait(every):
                if self.finished:
                    return
                try:
                    self.heartbeat()
                except LeaseExpiredError:
                    logger.warning("trial %s of %s: the lease expired (%s)", self.trial_id, self.job_id, self.stop_reason)
                    return
                except HyperfleetError as err:
                    if self.finished:
                        return
                    logger.debug("trial %s: heartbeat failed: %s", self.trial_id, err)

        self._hb_thread = threading.Thread(target=beat, name=f"hyperfleet-heartbeat-{self.trial_id}", daemon=True)
        self._hb_thread.start()

    def stop_heartbeat(self) -> None:
        """End the heartbeat thread (telling the trial does this)."""
        self._hb_stop.set()
        thread = self._hb_thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=5)

    # -- folders ---------------------------------------------------------------------------------------

    def _folder(self, *parts: str) -> str:
        path = os.path.join(self.study.artifacts_dir, "trials", str(self.trial_id), f"attempt-{self.attempt}", *parts)
        os.makedirs(path, exist_ok=True)
        return path

    def model_dir(self) -> str:
        """``<study.artifacts_dir>/trials/<trial>/attempt-<n>/model``, created."""
        return self._folder("model")

    def output_dir(self) -> str:
        """``<study.artifacts_dir>/trials/<trial>/attempt-<n>/output``, created."""
        return self._folder("output")

    def checkpoint_dir(self) -> str:
        """``<study.artifacts_dir>/checkpoints/trial-<trial>``, created: shared by the trial's attempts."""
        path = os.path.join(self.study.artifacts_dir, "checkpoints", f"trial-{self.trial_id}")
        os.makedirs(path, exist_ok=True)
        return path


@dataclass(frozen=True)
class FrozenTrial:
    """A trial as the coordinator lists it (``GET /v1/jobs/{id}/trials``).

    ``value`` is the objective (None unless Completed); ``raw`` the API's whole entry.
    """

    trial_id: int
    status: str
    params: Dict[str, Any]
    value: Optional[float]
    attempt: int
    early_stopped: bool
    raw: Dict[str, Any] = field(repr=False, compare=False)
    #: With several objectives, each one's value (None unless Completed).
    values: Optional[List[float]] = None
    #: With constraints, whether a completed trial is within every bound (None otherwise).
    feasible: Optional[bool] = None

    @property
    def number(self) -> int:
        """The trial id (Optuna's name for it)."""
        return self.trial_id

    @classmethod
    def from_api(cls, t: Mapping[str, Any]) -> "FrozenTrial":
        return cls(
            trial_id=int(t["trialId"]),
            status=str(t.get("status")),
            params=dict(t.get("params") or {}),
            value=t.get("objective"),
            attempt=int(t.get("attempt") or 1),
            early_stopped=bool(t.get("earlyStopped")),
            raw=dict(t),
            values=list(t["values"]) if t.get("values") is not None else None,
            feasible=t.get("feasible"),
        )
