"""The exceptions the Hyperfleet client raises.

Every error the coordinator answers is JSON ``{"code", "message", "field"?}``; the client turns it into
a :class:`HyperfleetError` (or one of its subclasses) carrying those fields, the HTTP status and
whether trying again later may succeed (:attr:`HyperfleetError.retryable`).
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional

__all__ = [
    "HyperfleetError",
    "CoordinatorUnreachable",
    "NotFoundError",
    "LeaseExpiredError",
    "SpecError",
    "StudyFinished",
    "TrialPruned",
]


class HyperfleetError(Exception):
    """An error answered by the coordinator, or met on the way to it.

    Attributes:
        code: the coordinator's error code (``JOB_NOT_FOUND``, ``LEASE_EXPIRED``, ``INVALID_ARGUMENT``,
            ...), or a client-side one (``COORDINATOR_UNREACHABLE``, ``TIMEOUT``, ``BAD_RESPONSE``).
        message: the human-readable message.
        field: the request field the error is about, when the coordinator names one.
        status: the HTTP status (``None`` when no answer came).
        retryable: whether the same request may succeed later (the coordinator was unreachable or
            overloaded, a 5xx answer); a 4xx answer is never retryable.
        problems: for a rejected job spec, every problem ``{field, message, allowed?, suggestion?}``.
        url: the URL the request went to.
    """

    def __init__(
        self,
        message: str,
        *,
        code: str = "ERROR",
        field: Optional[str] = None,
        status: Optional[int] = None,
        retryable: bool = False,
        problems: Optional[List[Dict[str, Any]]] = None,
        url: Optional[str] = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.field = field
        self.status = status
        self.retryable = retryable
        self.problems: List[Dict[str, Any]] = list(problems or [])
        self.url = url

    def __str__(self) -> str:
        head = f"{self.code}: {self.message}" if self.code and not self.message.startswith(self.code) else self.message
        if self.field and self.field not in self.message:
            head += f" (field {self.field})"
        if self.problems:
            lines = []
            for p in self.problems:
                line = f"  {p.get('field', '?')}: {p.get('message', '')}"
                if p.get("allowed") is not None and "allowed" not in str(p.get("message", "")):
                    line += f" (allowed: {p['allowed']})"
                lines.append(line)
            head += "\n" + "\n".join(lines)
        return head

    def __repr__(self) -> str:
        return f"{type(self).__name__}(code={self.code!r}, status={self.status!r}, message={self.message!r})"


class CoordinatorUnreachable(HyperfleetError):
    """No coordinator answered at the URL (connection refused, DNS failure, timeout). Retryable."""


class NotFoundError(HyperfleetError):
    """404: the job or trial does not exist (``JOB_NOT_FOUND``, ``TRIAL_NOT_FOUND``)."""


class LeaseExpiredError(HyperfleetError):
    """409 ``LEASE_EXPIRED``: the trial's lease ran out (or another holder has it now).

    The coordinator counted the attempt lost and retries the trial per the job's retry policy; the
    values of this attempt no longer count, so stop working on it.
    """


class SpecError(HyperfleetError):
    """A job spec (or a limits update) the coordinator rejected; :attr:`problems` lists every problem."""


class StudyFinished(Exception):
    """:meth:`hyperfleet.Study.ask` found the job ended: it will hand out no more trials.

    Attributes:
        status: the job's status (``Completed``, ``Failed``, ``Stopped``, ``Stopping``).
    """

    def __init__(self, job_id: str, status: str) -> None:
        super().__init__(f"job {job_id} has ended ({status}): no more trials to ask for")
        self.job_id = job_id
        self.status = status


class TrialPruned(Exception):
    """Raise it from an objective function to end the trial ``stopped`` (pruned), as in Optuna.

    :meth:`hyperfleet.Study.optimize` tells the coordinator the trial stopped; its last reported
    metrics count, as for a trial the median rule stopped.
    """
