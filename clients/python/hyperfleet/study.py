"""``Study``: ask-and-tell tuning in this Python process, with the coordinator as the optimizer.

A Study is a ``training.runtime: external`` job: no worker runs its trials; this process asks the
coordinator's suggestion service for them (``POST /v1/jobs/{id}/suggestions``, long polls), runs them,
reports intermediate metrics (which the early-stopping rule judges: the answer says whether to stop)
and tells the result. Every trial is leased: reports and heartbeats extend the lease; a lease that
runs out loses the attempt and the coordinator offers the trial again (attempt 2).

Example::

    from hyperfleet import Client, Study, TrialPruned

    study = Study.create(Client(url), name="quad", objective=("loss", "minimize"),
                         space={"x": (-5.0, 5.0), "opt": ["adam", "sgd"]}, max_trials=20, max_parallel=4)

    def objective(trial):
        for step in range(10):
            loss = (trial.params["x"] - 1) ** 2 + 1 / (step + 1)
            if trial.report(loss, step=step):     # True: the coordinator says stop
                raise TrialPruned()
        return loss

    study.optimize(objective, n_jobs=4)
    print(study.best_params, study.best_value)
"""

from __future__ import annotations

import logging
import math
import os
import threading
import time
from typing import Any, Callable, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple, Type, Union

from ._context import running
from ._http import Outage
from .client import Client
from .errors import HyperfleetError, LeaseExpiredError, StudyFinished, TrialPruned
from .space import normalize_space
from .trial import FrozenTrial, Trial, _number, _wire

__all__ = ["Study", "Trial", "FrozenTrial"]

logger = logging.getLogger("hyperfleet")

#: The longest long poll the coordinator allows (seconds).
MAX_WAIT_SECONDS = 60

_DIRECTIONS = ("minimize", "maximize")
_END_STATES = {"completed": "completed", "failed": "failed", "stopped": "stopped", "pruned": "stopped"}


class _Interrupted(Exception):
    """ask() gave up: the optimize loop is stopping or its time ran out."""


# ---------------------------------------------------------------------------------------------------
# The study


def _objective_of(
    objective: Union[None, str, Tuple[str, str], Sequence[str]], metric: Optional[str], direction: Optional[str]
) -> Tuple[str, str]:
    """(metric, direction) from Study.create's objective= / metric= / direction=."""
    if isinstance(objective, (tuple, list)):
        if len(objective) != 2 or metric is not None or direction is not None:
            raise ValueError('objective= is ("metric", "minimize"|"maximize"); do not also give metric= or direction=')
        metric, direction = str(objective[0]), str(objective[1])
    elif isinstance(objective, str):
        if objective in _DIRECTIONS:
            if direction is not None and direction != objective:
                raise ValueError(f"objective={objective!r} contradicts direction={direction!r}")
            direction = objective
        else:
            if metric is not None and metric != objective:
                raise ValueError(f"objective={objective!r} contradicts metric={metric!r}")
            metric = objective
    elif objective is not None:
        raise ValueError(f'objective= is ("metric", "minimize"|"maximize") or a metric name, not {objective!r}')
    metric = metric or "objective"
    direction = direction or "minimize"
    if direction not in _DIRECTIONS:
        raise ValueError(f"direction must be 'minimize' or 'maximize', not {direction!r}")
    return metric, direction


class _Budget:
    """How many more trials optimize() may start (None: until the job ends)."""

    def __init__(self, n: Optional[int]) -> None:
        self.left = n
        self.lock = threading.Lock()

    def take(self) -> bool:
        with self.lock:
            if self.left is None:
                return True
            if self.left <= 0:
                return False
            self.left -= 1
            return True

    def give_back(self) -> None:
        with self.lock:
            if self.left is not None:
                self.left += 1


class Study:
    """A tuning job run from this process: :meth:`ask` trials, run them, :meth:`tell` results; or let
    :meth:`optimize` do all three with threads. Make one with :meth:`create` (a new job) or
    :meth:`load` (an existing ``runtime: external`` job, e.g. from another process or machine: several
    processes may work on one study at once).

    Attributes:
        client: the :class:`Client` it talks through.
        job_id: the job's id.
        metric, direction: the objective (``"loss"``, ``"minimize"``).
        lease_seconds: the lease asked for each trial (None: the coordinator's default, 600 s).
        artifacts_dir: where trials' folders go (:meth:`Trial.model_dir`).
        label: the ``client`` label sent with asks (shown by the coordinator).
    """

    def __init__(
        self,
        client: Client,
        job_id: str,
        *,
        metric: str,
        direction: str,
        lease_seconds: Optional[float] = None,
        artifacts_dir: Optional[str] = None,
        label: Optional[str] = None,
    ) -> None:
        self.client = client
        self.job_id = job_id
        self.metric = metric
        self.direction = direction
        self.lease_seconds = lease_seconds
        self.artifacts_dir = os.path.abspath(artifacts_dir or os.path.join("hyperfleet-runs", job_id))
        self.label = label or f"python-{os.getpid()}"
        self._open: Dict[int, Trial] = {}
        self._open_lock = threading.Lock()

    def __repr__(self) -> str:
        return f"Study(job_id={self.job_id!r}, objective=({self.metric!r}, {self.direction!r}), url={self.client.url!r})"

    # -- making one ------------------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        client: Client,
        *,
        name: str,
        space: Mapping[str, Any],
        objective: Union[None, str, Tuple[str, str]] = None,
        metric: Optional[str] = None,
        direction: Optional[str] = None,
        objectives: Optional[Sequence[Tuple[str, str]]] = None,
        constraints: Optional[Sequence[Mapping[str, Any]]] = None,
        strategy: str = "bayesian",
        max_trials: int = 20,
        max_parallel: int = 1,
        early_stopping: Union[bool, str] = False,
        seed: Optional[int] = None,
        static_hyperparameters: Optional[Mapping[str, Any]] = None,
        max_failed_trials: Optional[int] = None,
        retry: Optional[Mapping[str, Any]] = None,
        completion: Optional[Mapping[str, Any]] = None,
        tags: Optional[Mapping[str, str]] = None,
        extra: Optional[Mapping[str, Any]] = None,
        lease_seconds: Optional[float] = None,
        artifacts_dir: Optional[str] = None,
        label: Optional[str] = None,
    ) -> "Study":
        """Submit a new ``runtime: external`` job and return its Study.

        Args:
            client: the coordinator.
            name: the job's name (1-63 letters, digits, hyphens).
            space: the parameters: job-spec objects or shorthands (:mod:`hyperfleet.space`:
                ``{"x": (-5.0, 5.0), "n": (1, 8), "opt": ["adam", "sgd"]}``).
            objective: ``("loss", "minimize")``; or just the metric name with ``direction=``; or
                ``"maximize"`` with ``metric=``. Alternatively ``metric=`` and ``direction=`` alone.
                Defaults: metric ``"objective"``, direction ``"minimize"``.
            objectives: several at once instead, ``[("loss", "minimize"), ("latency_ms", "minimize")]``:
                the job finds their Pareto front (:attr:`pareto_front`); tell every one of them (a dict
                of metrics), the first is :attr:`metric`.
            constraints: bounds on reported metrics, ``[{"metric": "size_mb", "max": 50}]``: the best
                trial (or the front) is chosen among the trials within them; report or tell them.
            strategy: ``bayesian`` (default), ``random``, ``grid`` or ``hyperband``.
            max_trials, max_parallel: ``limits.maxTrials`` and ``limits.maxParallelTrials`` (how many
                trials may be handed out at once, across every process asking).
            early_stopping: True (or ``"auto"``) for the median rule: a report's answer says
                ``shouldStop`` for a trial worse than the median at its step.
            seed: the optimizer's seed.
            static_hyperparameters, max_failed_trials, retry (``training.retry``), completion, tags:
                as in the job spec (docs/job-spec.md).
            extra: more top-level spec fields, merged last (``warmStart``, ``hyperband``, ...).
            lease_seconds, artifacts_dir, label: see :class:`Study`.
        """
        if objectives is not None:
            if objective is not None or metric is not None or direction is not None:
                raise ValueError("give objectives= or objective= (metric=, direction=), not both")
            several = [_objective_of(tuple(o), None, None) for o in objectives]
            if len(several) < 1:
                raise ValueError("objectives= needs at least one (metric, direction)")
            metric, direction = several[0]
        else:
            metric, direction = _objective_of(objective, metric, direction)
        if isinstance(early_stopping, bool):
            es = "auto" if early_stopping else "off"
        elif early_stopping in ("auto", "off"):
            es = early_stopping
        else:
            raise ValueError(f"early_stopping must be True/False or 'auto'/'off', not {early_stopping!r}")
        limits: Dict[str, Any] = {"maxTrials": max_trials, "maxParallelTrials": max_parallel}
        if max_failed_trials is not None:
            limits["maxFailedTrials"] = max_failed_trials
        training: Dict[str, Any] = {"runtime": "external"}
        if retry is not None:
            training["retry"] = dict(retry)
        spec: Dict[str, Any] = {
            "name": name,
            "objective": {"metric": metric, "type": direction},
            "strategy": strategy,
            "parameters": normalize_space(space),
            "limits": limits,
            "training": training,
            "earlyStopping": es,
        }
        if objectives is not None:
            del spec["objective"]
            spec["objectives"] = [{"metric": m, "type": d} for m, d in several]
        if constraints:
            spec["constraints"] = [dict(c) for c in constraints]
        if seed is not None:
            spec["seed"] = seed
        if static_hyperparameters:
            spec["staticHyperparameters"] = dict(static_hyperparameters)
        if completion:
            spec["completion"] = dict(completion)
        if tags:
            spec["tags"] = dict(tags)
        if extra:
            spec.update(extra)
        job_id = client.submit(spec)
        return cls(
            client, job_id, metric=metric, direction=direction, lease_seconds=lease_seconds, artifacts_dir=artifacts_dir, label=label
        )

    @classmethod
    def load(
        cls,
        client: Client,
        job_id: str,
        *,
        lease_seconds: Optional[float] = None,
        artifacts_dir: Optional[str] = None,
        label: Optional[str] = None,
    ) -> "Study":
        """The Study of an existing job (its objective read from the coordinator).

        Raises:
            NotFoundError: no such job.
            HyperfleetError: ``JOB_NOT_EXTERNAL`` when its trials are run by workers, not by a client.
        """
        job = client.get(job_id)
        runtime = ((job.get("spec") or {}).get("training") or {}).get("runtime")
        if runtime is not None and runtime != "external":
            raise HyperfleetError(
                f"job {job_id} runs its trials on workers (training.runtime: {runtime}); a Study needs a runtime: external job",
                code="JOB_NOT_EXTERNAL",
            )
        objective = job.get("objective") or {}
        return cls(
            client,
            job_id,
            metric=str(objective.get("metric", "objective")),
            direction=str(objective.get("type", "minimize")),
            lease_seconds=lease_seconds,
            artifacts_dir=artifacts_dir,
            label=label,
        )

    # -- ask and tell ----------------------------------------------------------------------------------

    def ask(self, *, timeout: Optional[float] = None, lease_seconds: Optional[float] = None, heartbeat: bool = False) -> Trial:
        """The next trial to run, waiting (long polls of up to 60 s) until the coordinator hands one
        out: it keeps at most ``maxParallelTrials`` out at once, across every client.

        Args:
            timeout: give up after this many seconds with a :class:`TimeoutError`; None waits for ever.
            lease_seconds: this trial's lease (default: the study's, else the coordinator's 600 s);
                each report and heartbeat extends it; if it runs out the attempt is lost and the trial
                is offered again.
            heartbeat: start the trial's heartbeat thread (:meth:`Trial.start_heartbeat`); without it,
                report more often than the lease runs, or call :meth:`Trial.heartbeat`.

        Raises:
            StudyFinished: the job has ended (or is stopping) and will hand out no more trials.
        """
        deadline = None if timeout is None else time.monotonic() + timeout
        trial = self._ask(None, deadline, lease_seconds)
        if trial is None:
            raise TimeoutError(f"no trial of {self.job_id} was handed out within {timeout:g} s")
        if heartbeat:
            trial.start_heartbeat()
        return trial

    def _ask(self, stop: Optional[threading.Event], deadline: Optional[float], lease_seconds: Optional[float]) -> Optional[Trial]:
        lease = lease_seconds if lease_seconds is not None else self.lease_seconds
        outage = Outage(60.0)
        while True:
            if stop is not None and stop.is_set():
                raise _Interrupted()
            wait = MAX_WAIT_SECONDS if stop is None else 5
            if deadline is not None:
                left = deadline - time.monotonic()
                if left <= 0:
                    return None
                wait = min(wait, max(0, int(math.ceil(left))))
            try:
                answer = self.client.suggest(self.job_id, 1, wait_seconds=wait, lease_seconds=lease, client=self.label)
                outage.answered()
            except HyperfleetError as err:
                outage.bear(err)
                logger.warning("asking %s for a trial failed (%s); trying again", self.job_id, err)
                time.sleep(2)
                continue
            suggestions = answer.get("suggestions") or []
            if suggestions:
                trial = Trial(self, suggestions[0], lease)
                with self._open_lock:
                    self._open[trial.trial_id] = trial
                return trial
            status = str(answer.get("status", "InProgress"))
            if status != "InProgress":
                raise StudyFinished(self.job_id, status)

    def tell(
        self,
        trial: Union[Trial, int],
        value: Optional[Union[float, Mapping[str, float]]] = None,
        *,
        state: str = "completed",
        metrics: Optional[Mapping[str, float]] = None,
        error: Optional[str] = None,
    ) -> Dict[str, Any]:
        """End a trial: ``completed`` with the objective's ``value`` (or a dict of final metrics holding
        it; without either, the last reported metrics if they hold it), ``failed`` (with ``error``), or
        ``stopped`` / ``pruned`` (the answer to a stop: its last reported metrics count).

        A non-finite value (NaN, inf) is sent as such (``"NaN"``): the coordinator fails the trial
        ``OBJECTIVE_NOT_FINITE`` (the training diverged). Telling a trial whose lease ran out raises
        :class:`LeaseExpiredError` (the trial is run again elsewhere).

        Returns:
            The coordinator's answer ``{"trialId", "status", "objective"?}`` (``Pending`` when a failure
            is retried).
        """
        t = self._trial(trial)
        end = _END_STATES.get(state)
        if end is None:
            raise ValueError(f"state must be one of {sorted(_END_STATES)}, not {state!r}")
        final: Dict[str, float] = {}
        number: Optional[float] = None
        if isinstance(value, Mapping):
            final.update({str(k): _number(str(k), v) for k, v in value.items()})
        elif value is not None:
            number = float(_number(self.metric, value))
        if metrics:
            final.update({str(k): _number(str(k), v) for k, v in metrics.items()})
        if number is None and self.metric in final:
            number = float(final.pop(self.metric))
        if end == "completed" and number is None:
            last = t.last_metrics.get(self.metric)
            if last is None:
                raise ValueError(
                    f"tell(trial {t.trial_id}): a completed trial needs the objective {self.metric!r}: give value= (or metrics "
                    f"holding it), or report it first; reported: {sorted(t.last_metrics) or 'nothing'}"
                )
            number = float(last)
        try:
            answer = self.client.report_result(
                self.job_id,
                t.trial_id,
                t.lease,
                status=end,
                value=_wire({"v": number})["v"] if end == "completed" and number is not None else None,
                metrics=_wire(final) or None,
                error=error if end == "failed" else None,
            )
        except LeaseExpiredError as err:
            t._lost(err)
            t.stop_heartbeat()
            self._forget(t)
            raise
        t.state = str(answer.get("status", end)).lower() if answer.get("status") != "Pending" else "failed"
        t.value = answer.get("objective") if answer.get("objective") is not None else (number if end == "completed" else None)
        t.stop_heartbeat()
        self._forget(t)
        return answer

    def _trial(self, trial: Union[Trial, int]) -> Trial:
        if isinstance(trial, Trial):
            if trial.study is not self and trial.job_id != self.job_id:
                raise ValueError(f"trial {trial.trial_id} belongs to job {trial.job_id}, not {self.job_id}")
            if trial.state == "lost":
                raise LeaseExpiredError(
                    f"trial {trial.trial_id} of {self.job_id} lost its lease: {trial.stop_reason}", code="LEASE_EXPIRED", status=409
                )
            if trial.finished:
                raise HyperfleetError(f"trial {trial.trial_id} was already told ({trial.state})", code="TRIAL_ENDED")
            return trial
        with self._open_lock:
            found = self._open.get(int(trial))
        if found is None:
            raise ValueError(f"trial {trial} is not one this study asked for and has not told yet")
        return found

    def _forget(self, t: Trial) -> None:
        with self._open_lock:
            if self._open.get(t.trial_id) is t:
                del self._open[t.trial_id]

    # -- optimize --------------------------------------------------------------------------------------

    def optimize(
        self,
        func: Callable[[Trial], Any],
        n_trials: Optional[int] = None,
        *,
        n_jobs: int = 1,
        timeout: Optional[float] = None,
        catch: Union[Type[BaseException], Iterable[Type[BaseException]]] = (),
        callbacks: Optional[Sequence[Callable[["Study", Trial], None]]] = None,
        lease_seconds: Optional[float] = None,
    ) -> None:
        """Ask, run ``func(trial)`` and tell, in ``n_jobs`` threads, until ``n_trials`` trials have run
        here (None: until the job ends), ``timeout`` seconds have passed (no new trial starts after it),
        or ``func`` raised.

        ``func`` returns the objective's value (or a dict of final metrics, or None when it reported the
        objective through :meth:`Trial.report` / :func:`hyperfleet.report`). While it runs, the
        training helpers (:func:`hyperfleet.report`, :func:`hyperfleet.should_stop`,
        :func:`hyperfleet.hyperparameters`, :func:`hyperfleet.model_dir`) work through the trial, and a
        heartbeat thread keeps its lease.

        What ends a trial how: a return → ``completed`` (``stopped`` when the coordinator had said
        stop); :class:`TrialPruned` → ``stopped``; another exception → ``failed`` with its message, and
        unless it is one of ``catch``, no new trial starts, the other threads finish their trials, and it
        is raised again (as Optuna does). A lost lease (:class:`LeaseExpiredError`) is logged and does
        not count: the trial comes back (attempt 2) and some ask gets it.

        ``callbacks`` are called as ``callback(study, trial)`` after each trial is told.
        """
        if n_trials is not None and n_trials < 0:
            raise ValueError("n_trials must be >= 0 or None")
        if n_jobs == -1:
            n_jobs = os.cpu_count() or 1
        if n_jobs < 1:
            raise ValueError("n_jobs must be >= 1 (or -1: one per CPU)")
        catch_types: Tuple[Type[BaseException], ...] = (catch,) if isinstance(catch, type) else tuple(catch)
        budget = _Budget(n_trials)
        stop = threading.Event()
        deadline = None if timeout is None else time.monotonic() + timeout
        errors: List[BaseException] = []
        errors_lock = threading.Lock()

        def fail(err: BaseException) -> None:
            with errors_lock:
                errors.append(err)
            stop.set()

        def work() -> None:
            try:
                while not stop.is_set():
                    if deadline is not None and time.monotonic() >= deadline:
                        return
                    if not budget.take():
                        return
                    try:
                        trial = self._ask(stop, deadline, lease_seconds)
                    except (StudyFinished, _Interrupted):
                        budget.give_back()
                        return
                    if trial is None:  # the time ran out
                        budget.give_back()
                        return
                    if not self._run(trial, func, catch_types, callbacks, fail):
                        budget.give_back()
            except BaseException as err:  # an ask that failed for good, a callback, ...
                fail(err)

        if n_jobs == 1:
            try:
                work()
            except KeyboardInterrupt:
                stop.set()
                raise
        else:
            threads = [threading.Thread(target=work, name=f"hyperfleet-optimize-{i}", daemon=True) for i in range(n_jobs)]
            for th in threads:
                th.start()
            try:
                for th in threads:
                    while th.is_alive():
                        th.join(0.2)
            except KeyboardInterrupt:
                stop.set()  # running trials finish in their threads (or lose their leases with the process)
                raise
        if errors:
            raise errors[0]

    def _run(
        self,
        trial: Trial,
        func: Callable[[Trial], Any],
        catch: Tuple[Type[BaseException], ...],
        callbacks: Optional[Sequence[Callable[["Study", Trial], None]]],
        fail: Callable[[BaseException], None],
    ) -> bool:
        """Run one trial and tell it; False when its lease was lost (it does not count)."""
        trial.start_heartbeat()
        try:
            try:
                with running(trial):
                    result = func(trial)
            except TrialPruned:
                self.tell(trial, state="stopped")
                logger.info(
                    "trial %s pruned (%s): last %s = %s, params %s",
                    trial.trial_id,
                    trial.stop_reason or "TrialPruned",
                    self.metric,
                    trial.last_metrics.get(self.metric),
                    trial.params,
                )
            except LeaseExpiredError as err:
                logger.warning("trial %s of %s lost its lease (%s); it will run again", trial.trial_id, self.job_id, err.message)
                return False
            except BaseException as err:
                message = f"{type(err).__name__}: {err}"
                try:
                    self.tell(trial, state="failed", error=message[:4000])
                except HyperfleetError as tell_err:  # keep the training's error, not this one
                    logger.warning("trial %s: telling its failure failed too: %s", trial.trial_id, tell_err)
                if isinstance(err, catch):
                    logger.warning("trial %s failed: %s", trial.trial_id, message)
                else:
                    fail(err)
                    return True
            else:
                if trial.should_prune():
                    self.tell(trial, state="stopped", metrics=result if isinstance(result, Mapping) else None)
                    logger.info(
                        "trial %s stopped (%s): last %s = %s, params %s",
                        trial.trial_id,
                        trial.stop_reason,
                        self.metric,
                        trial.last_metrics.get(self.metric),
                        trial.params,
                    )
                else:
                    self.tell(trial, result)
                    logger.info("trial %s completed: %s = %s, params %s", trial.trial_id, self.metric, trial.value, trial.params)
        except LeaseExpiredError as err:
            logger.warning("trial %s of %s lost its lease (%s); it will run again", trial.trial_id, self.job_id, err.message)
            return False
        finally:
            trial.stop_heartbeat()
        for cb in callbacks or ():
            cb(self, trial)
        return True

    # -- results ---------------------------------------------------------------------------------------

    def describe(self) -> Dict[str, Any]:
        """The job's description (:meth:`Client.get`)."""
        return self.client.get(self.job_id)

    @property
    def status(self) -> str:
        """The job's status now (``InProgress``, ``Completed``, ...)."""
        return str(self.describe().get("status"))

    @property
    def trials(self) -> List[FrozenTrial]:
        """Every trial of the job so far, as the coordinator lists them, by id."""
        return sorted((FrozenTrial.from_api(t) for t in self.client.trials(self.job_id)), key=lambda t: t.trial_id)

    @property
    def pareto_front(self) -> List[FrozenTrial]:
        """With several objectives: the feasible completed trials no other one beats on every objective
        (each with ``values``, one per objective), by id. Empty for a job with one objective."""
        return [t for t in self.trials if t.raw.get("pareto")]

    @property
    def best_trial(self) -> FrozenTrial:
        """The best completed trial (with constraints, the best feasible one). Raises ValueError while
        there is none, and with several objectives (see :attr:`pareto_front`)."""
        best = self.client.best(self.job_id)
        if not best:
            job = self.describe()
            if len(job.get("objectives") or []) > 1:
                raise ValueError(f"job {self.job_id} has several objectives: no one trial is best; see pareto_front")
            raise ValueError(f"job {self.job_id}: {job.get('constraintsNote') or 'no completed trial yet'}")
        for t in self.client.trials(self.job_id):
            if t.get("trialId") == best.get("trialId"):
                return FrozenTrial.from_api(t)
        return FrozenTrial.from_api({**best, "status": best.get("status", "Completed")})

    @property
    def best_params(self) -> Dict[str, Any]:
        """The best completed trial's tuned values."""
        return dict(self.best_trial.params)

    @property
    def best_value(self) -> float:
        """The best completed trial's objective value."""
        value = self.best_trial.value
        assert value is not None
        return float(value)

    def stop(self) -> None:
        """Stop the job: no more trials are handed out; open ones are told to stop in their next answer."""
        self.client.stop(self.job_id)

    def wait(self, **kwargs: Any) -> Dict[str, Any]:
        """:meth:`Client.wait` for this job."""
        return self.client.wait(self.job_id, **kwargs)
