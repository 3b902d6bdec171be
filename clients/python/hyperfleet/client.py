"""``Client``: the coordinator's HTTP API (docs/api.md) from Python, with urllib and JSON.

Answers are the API's JSON as dicts and lists (field names as the API spells them: ``jobId``,
``trainingJobStatusCounters``, ...). Errors are :class:`~hyperfleet.HyperfleetError` and its
subclasses, with the coordinator's ``code``, ``message``, ``field``, the HTTP ``status`` and
``retryable``.
"""

from __future__ import annotations

import os
import sys
import time
import warnings
from typing import IO, Any, Dict, List, Mapping, Optional, Sequence, Union

from . import __version__
from ._http import Outage, QueryValue, build_url, quote, request_json
from ._jobfile import read_job_file
from .errors import HyperfleetError

__all__ = ["Client", "DEFAULT_URL", "ENDED_STATUSES"]

#: Where a coordinator listens unless told otherwise (``hyperfleet coordinator --http``).
DEFAULT_URL = "http://127.0.0.1:8080"

#: The job statuses after which nothing changes (unless ``update`` reopens a Completed job).
ENDED_STATUSES = frozenset({"Completed", "Failed", "Stopped"})

JobSpecLike = Union[Mapping[str, Any], str, "os.PathLike[str]"]
TagFilter = Union[str, Mapping[str, Optional[str]], Sequence[str]]


class Client:
    """A Hyperfleet coordinator's HTTP API.

    Args:
        url: the coordinator's base URL; default ``$HYPERFLEET_COORDINATOR_URL`` or
            ``http://127.0.0.1:8080``.
        token: the bearer token, when the coordinator has one; default ``$HYPERFLEET_TOKEN``.
        timeout: seconds to wait for an answer (a long poll waits this much longer than it asks for).

    Example::

        client = Client("http://127.0.0.1:8080")
        job_id = client.submit("job.yaml")
        final = client.wait(job_id)
        print(final["status"], client.best(job_id))
    """

    def __init__(self, url: Optional[str] = None, token: Optional[str] = None, *, timeout: float = 30.0) -> None:
        url = url or os.environ.get("HYPERFLEET_COORDINATOR_URL") or DEFAULT_URL
        if "://" not in url:
            url = "http://" + url
        self.url = url.rstrip("/")
        self.token = token if token is not None else (os.environ.get("HYPERFLEET_TOKEN") or None)
        self.timeout = timeout

    def __repr__(self) -> str:
        return f"Client({self.url!r})"

    # -- plumbing ------------------------------------------------------------------------------------

    def request(
        self,
        method: str,
        path: str,
        body: Optional[Any] = None,
        *,
        query: Optional[Mapping[str, Optional[QueryValue]]] = None,
        timeout: Optional[float] = None,
    ) -> Any:
        """One API call: ``path`` under the base URL (``/v1/jobs``), ``body`` sent as JSON; the decoded
        answer. Raises :class:`HyperfleetError` for any answer but 2xx."""
        _, data = request_json(
            method,
            build_url(self.url, path, query),
            body,
            token=self.token,
            timeout=self.timeout if timeout is None else timeout,
            user_agent=f"hyperfleet-python/{__version__}",
        )
        return data

    def _object(self, method: str, path: str, body: Optional[Any] = None, *, timeout: Optional[float] = None) -> Dict[str, Any]:
        """:meth:`request` for a route that answers a JSON object."""
        data = self.request(method, path, body, timeout=timeout)
        if not isinstance(data, dict):
            raise HyperfleetError(f"{method} {self.url}{path} answered {type(data).__name__}, not a JSON object", code="BAD_RESPONSE")
        return data

    @staticmethod
    def _job(job_id: str) -> str:
        return f"/v1/jobs/{quote(job_id)}"

    # -- jobs ----------------------------------------------------------------------------------------

    def submit(self, spec: JobSpecLike) -> str:
        """Submit a job; its id.

        ``spec`` is a job spec (docs/job-spec.md) or a SageMaker CreateHyperParameterTuningJob body as a
        dict, or the path of a job file: YAML when PyYAML is installed, else JSON only (a YAML file then
        fails with an error saying so). A file's ``./`` and ``../`` command arguments and data-channel
        paths are made absolute from its folder, as ``hyperfleet submit`` does. The coordinator's
        warnings (ignored SageMaker fields) are issued as Python warnings (:class:`UserWarning`).

        Raises:
            SpecError: the spec was rejected; ``problems`` lists every problem.
        """
        body = read_job_file(spec) if isinstance(spec, (str, os.PathLike)) else dict(spec)
        answer = self._object("POST", "/v1/jobs", body)
        for w in answer.get("warnings") or []:
            warnings.warn(f"hyperfleet: {w}", UserWarning, stacklevel=2)
        return str(answer["jobId"])

    def get(self, job_id: str) -> Dict[str, Any]:
        """The job described (``GET /v1/jobs/{id}``): ``status``, ``failureReason``/``completionReason``,
        ``trainingJobStatusCounters``, ``limits``, ``bestTrial``, ``spec``, ..."""
        return self._object("GET", self._job(job_id))

    describe = get

    def list(self, status: Optional[Union[str, Sequence[str]]] = None, tag: Optional[TagFilter] = None) -> List[Dict[str, Any]]:
        """Every job's summary, optionally only those with one of ``status`` (``"Completed"`` or a list)
        and every ``tag`` (``"team=vision"``, ``"team"`` for any value, a list of those, or a dict
        ``{"team": "vision", "stage": None}``)."""
        tags: Optional[List[str]] = None
        if isinstance(tag, str):
            tags = [tag]
        elif isinstance(tag, Mapping):
            tags = [k if v is None else f"{k}={v}" for k, v in tag.items()]
        elif tag is not None:
            tags = list(tag)
        statuses = [status] if isinstance(status, str) else (list(status) if status is not None else None)
        return list(self.request("GET", "/v1/jobs", query={"status": statuses, "tag": tags})["jobs"])

    def trials(self, job_id: str) -> List[Dict[str, Any]]:
        """The job's trials (``trialId``, ``status``, ``params``, ``objective``, ``attempt``, ``earlyStopped``, ...)."""
        return list(self.request("GET", f"{self._job(job_id)}/trials")["trials"])

    def trial(self, job_id: str, trial_id: int) -> Dict[str, Any]:
        """One trial with its metric series (``metrics``) and earlier runs (``previousRuns``)."""
        return self._object("GET", f"{self._job(job_id)}/trials/{quote(trial_id)}")

    def best(self, job_id: str) -> Optional[Dict[str, Any]]:
        """The best trial so far (``trialId``, ``objective``, ``params``, ``hyperparameters``, ...), or None."""
        best = self.get(job_id).get("bestTrial")
        return dict(best) if isinstance(best, dict) else None

    def stop(self, job_id: str) -> Any:
        """Stop the job: queued trials end Stopped, running ones are told to stop; then it is Stopped."""
        return self.request("POST", f"{self._job(job_id)}/stop")

    def update(
        self,
        job_id: str,
        *,
        max_trials: Optional[int] = None,
        max_parallel_trials: Optional[int] = None,
        max_failed_trials: Optional[int] = None,
    ) -> Any:
        """Change the job's limits, at once (more trials reopen a Completed job). At least one is needed."""
        limits: Dict[str, int] = {}
        if max_trials is not None:
            limits["maxTrials"] = max_trials
        if max_parallel_trials is not None:
            limits["maxParallelTrials"] = max_parallel_trials
        if max_failed_trials is not None:
            limits["maxFailedTrials"] = max_failed_trials
        if not limits:
            raise ValueError("update() needs max_trials, max_parallel_trials or max_failed_trials")
        return self.request("PATCH", self._job(job_id), {"limits": limits})

    def delete(self, job_id: str) -> Any:
        """Forget an ended job (409 ``JOB_ACTIVE`` while it is InProgress or Stopping)."""
        return self.request("DELETE", self._job(job_id))

    def wait(
        self,
        job_id: str,
        *,
        timeout: Optional[float] = None,
        poll_seconds: float = 2.0,
        progress: Optional[bool] = None,
        stream: Optional[IO[str]] = None,
    ) -> Dict[str, Any]:
        """Poll until the job has ended (Completed, Failed or Stopped); its final description.

        Args:
            timeout: give up after this many seconds (a :class:`TimeoutError`); None waits for ever.
            poll_seconds: time between polls.
            progress: show one updating progress line (counters, best value); default: when
                ``stream`` (stderr) is a terminal.
            stream: where the progress goes (default ``sys.stderr``).

        A coordinator that is briefly unreachable (a restart) is polled again; other errors are raised.
        """
        out = stream if stream is not None else sys.stderr
        show = progress if progress is not None else bool(getattr(out, "isatty", lambda: False)())
        deadline = None if timeout is None else time.monotonic() + timeout
        outage = Outage(max(60.0, 10 * poll_seconds))
        shown = False
        try:
            while True:
                try:
                    job = self.get(job_id)
                    outage.answered()
                except HyperfleetError as err:
                    outage.bear(err)
                    job = None
                if job is not None:
                    if show:
                        out.write("\r" + _progress_line(job) + "\x1b[K")
                        out.flush()
                        shown = True
                    if job.get("status") in ENDED_STATUSES:
                        return job
                if deadline is not None and time.monotonic() >= deadline:
                    raise TimeoutError(f"job {job_id} has not ended after {timeout:g} s")
                time.sleep(poll_seconds if deadline is None else max(0.0, min(poll_seconds, deadline - time.monotonic())))
        finally:
            if shown:
                out.write("\n")
                out.flush()

    def trials_dataframe(self, job_id: str) -> Any:
        """The job's trials as a pandas DataFrame, one row per trial: ``trialId``, ``status``,
        ``objective``, ``attempt``, ``earlyStopped``, one ``params_<name>`` column per parameter and
        the trial's other plain fields. Needs pandas (an ImportError saying so otherwise)."""
        try:
            import pandas  # type: ignore[import-untyped]
        except ImportError:
            raise ImportError(
                "Client.trials_dataframe() needs pandas, which is not installed: python3 -m pip install pandas"
                " (Client.trials() gives the same trials as a list of dicts)"
            ) from None
        rows = []
        for t in self.trials(job_id):
            row: Dict[str, Any] = {}
            for key, value in t.items():
                if key == "params" and isinstance(value, dict):
                    row.update({f"params_{k}": v for k, v in value.items()})
                elif not isinstance(value, (dict, list)):
                    row[key] = value
            rows.append(row)
        frame = pandas.DataFrame(rows)
        return frame.set_index("trialId", drop=False) if "trialId" in frame.columns else frame

    # -- the suggestion service (runtime: external) --------------------------------------------------

    def suggest(
        self,
        job_id: str,
        count: int = 1,
        *,
        wait_seconds: float = 0,
        lease_seconds: Optional[float] = None,
        client: Optional[str] = None,
    ) -> Dict[str, Any]:
        """``POST /v1/jobs/{id}/suggestions``: up to ``count`` trials of a ``runtime: external`` job to run
        here, waiting up to ``wait_seconds`` (<= 60) for one. The answer: ``{"suggestions": [{"trialId",
        "attempt", "lease", "leaseExpiresUnixMs", "hyperparameters", "staticHyperparameters"}], "status",
        "pending", "running"}``. :class:`hyperfleet.Study` is the easy way to use it."""
        body: Dict[str, Any] = {"count": count, "waitSeconds": wait_seconds}
        if lease_seconds is not None:
            body["leaseSeconds"] = lease_seconds
        if client is not None:
            body["client"] = client
        return self._object("POST", f"{self._job(job_id)}/suggestions", body, timeout=self.timeout + float(wait_seconds))

    def report_metrics(
        self, job_id: str, trial_id: int, lease: str, metrics: Mapping[str, Union[float, str]], *, step: Optional[int] = None
    ) -> Dict[str, Any]:
        """``POST …/trials/{t}/metrics``: intermediate metrics of a leased trial; extends the lease.
        The answer ``{"shouldStop", "reason"?, "leaseExpiresUnixMs"}`` has seen the early-stopping rule.
        A non-finite value travels as the string ``"NaN"``, ``"Infinity"`` or ``"-Infinity"``.
        Raises :class:`LeaseExpiredError` once the lease is gone."""
        body: Dict[str, Any] = {"lease": lease, "metrics": dict(metrics)}
        if step is not None:
            body["step"] = step
        return self._object("POST", f"{self._job(job_id)}/trials/{quote(trial_id)}/metrics", body)

    def heartbeat(self, job_id: str, trial_id: int, lease: str) -> Dict[str, Any]:
        """``POST …/trials/{t}/heartbeat``: keep the lease; ``{"shouldStop", "reason"?, "leaseExpiresUnixMs"}``."""
        return self._object("POST", f"{self._job(job_id)}/trials/{quote(trial_id)}/heartbeat", {"lease": lease})

    def report_result(
        self,
        job_id: str,
        trial_id: int,
        lease: str,
        *,
        status: str = "completed",
        value: Optional[Union[float, str]] = None,
        metrics: Optional[Mapping[str, Union[float, str]]] = None,
        error: Optional[str] = None,
    ) -> Dict[str, Any]:
        """``POST …/trials/{t}/result``: end a leased trial ``completed`` (with the objective's ``value`` or
        ``metrics`` holding it), ``failed`` (with ``error``) or ``stopped`` (the answer to shouldStop).
        The answer: ``{"trialId", "status", "objective"?}`` (``Pending`` when a failure is retried)."""
        if status not in ("completed", "failed", "stopped"):
            raise ValueError(f"status must be 'completed', 'failed' or 'stopped', not {status!r}")
        body: Dict[str, Any] = {"lease": lease, "status": status}
        if value is not None:
            body["value"] = value
        if metrics:
            body["metrics"] = dict(metrics)
        if error is not None:
            body["error"] = error
        return self._object("POST", f"{self._job(job_id)}/trials/{quote(trial_id)}/result", body)


def _progress_line(job: Mapping[str, Any]) -> str:
    c = job.get("trainingJobStatusCounters") or {}
    limits = job.get("limits") or {}
    failed = int(c.get("RetryableError", 0)) + int(c.get("NonRetryableError", 0))
    best = job.get("bestTrial")
    best_text = f", best {best['objective']:.6g} (trial {best['trialId']})" if best and best.get("objective") is not None else ""
    ended = int(c.get("Completed", 0)) + int(c.get("Stopped", 0)) + failed
    return (
        f"{job.get('jobId')} {job.get('status')}: {ended}/{limits.get('maxTrials', '?')} trials ended"
        f" ({c.get('Completed', 0)} completed, {c.get('Stopped', 0)} stopped, {failed} failed),"
        f" {c.get('InProgress', 0)} in progress{best_text}"
    )
