"""JSON over HTTP with urllib: one request, its answer decoded, errors mapped to HyperfleetError."""

from __future__ import annotations

import json
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple, Union

from .errors import CoordinatorUnreachable, HyperfleetError, LeaseExpiredError, NotFoundError, SpecError

QueryValue = Union[str, int, Sequence[str]]

_LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}


def _opener(host: str) -> urllib.request.OpenerDirector:
    # A proxy from the environment never serves a coordinator on this machine.
    if host in _LOOPBACK:
        return urllib.request.build_opener(urllib.request.ProxyHandler({}))
    return urllib.request.build_opener()


def build_url(base: str, path: str, query: Optional[Mapping[str, Optional[QueryValue]]] = None) -> str:
    """``base`` + ``path`` (each segment already quoted by the caller) + the query (repeated keys for lists)."""
    url = base.rstrip("/") + path
    if query:
        pairs: List[Tuple[str, str]] = []
        for key, value in query.items():
            if value is None:
                continue
            if isinstance(value, (list, tuple)):
                pairs.extend((key, str(v)) for v in value)
            else:
                pairs.append((key, str(value)))
        if pairs:
            url += "?" + urllib.parse.urlencode(pairs)
    return url


def quote(segment: Union[str, int]) -> str:
    """One path segment (a job id, a trial id), %-escaped."""
    return urllib.parse.quote(str(segment), safe="")


def request_json(
    method: str,
    url: str,
    body: Optional[Any] = None,
    *,
    token: Optional[str] = None,
    timeout: float = 30.0,
    user_agent: str = "hyperfleet-python",
) -> Tuple[int, Any]:
    """Send one request; answer ``(status, decoded JSON or None)`` for a 2xx, raise HyperfleetError otherwise."""
    data = None
    headers: Dict[str, str] = {"Accept": "application/json", "User-Agent": user_agent}
    if body is not None:
        data = json.dumps(body, allow_nan=False).encode("utf-8")
        headers["Content-Type"] = "application/json"
    if token:
        headers["Authorization"] = f"Bearer {token}"
    req = urllib.request.Request(url, data=data, headers=headers, method=method)
    host = urllib.parse.urlsplit(url).hostname or ""
    try:
        with _opener(host).open(req, timeout=timeout) as resp:
            raw = resp.read()
            return resp.status, _decode(raw, url, resp.status)
    except urllib.error.HTTPError as err:
        raw = err.read() if err.fp is not None else b""
        raise error_from_response(err.code, raw, url, method) from None
    except urllib.error.URLError as err:
        reason = err.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise _timed_out(url, timeout) from None
        raise CoordinatorUnreachable(
            f"cannot reach the Hyperfleet coordinator at {url}: {reason}",
            code="COORDINATOR_UNREACHABLE",
            retryable=True,
            url=url,
        ) from None
    except (socket.timeout, TimeoutError):
        raise _timed_out(url, timeout) from None
    except (ConnectionError, OSError) as err:  # a reset connection mid-answer, say
        raise CoordinatorUnreachable(
            f"the connection to the Hyperfleet coordinator at {url} failed: {err}",
            code="COORDINATOR_UNREACHABLE",
            retryable=True,
            url=url,
        ) from None


def _timed_out(url: str, timeout: float) -> CoordinatorUnreachable:
    """No answer in time, whether the connection or the read timed out."""
    return CoordinatorUnreachable(f"the Hyperfleet coordinator at {url} did not answer within {timeout:g} s", code="TIMEOUT", retryable=True, url=url)


class Outage:
    """How long the coordinator has failed to answer: a retryable error is borne for ``patience``
    seconds from the first one since its last answer (a restart, a network blip), then raised."""

    def __init__(self, patience: float) -> None:
        self.patience = patience
        self.since: Optional[float] = None

    def answered(self) -> None:
        self.since = None

    def bear(self, err: HyperfleetError) -> None:
        """Returns when the caller may try again; raises ``err`` when it is not retryable or the outage is too old."""
        if not err.retryable:
            raise err
        now = time.monotonic()
        self.since = self.since or now
        if now - self.since > self.patience:
            raise err


def _decode(raw: bytes, url: str, status: int) -> Any:
    if not raw:
        return None
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise HyperfleetError(f"the answer from {url} is not JSON: {raw[:200]!r}", code="BAD_RESPONSE", status=status, url=url) from None


def error_from_response(status: int, raw: bytes, url: str, method: str = "GET") -> HyperfleetError:
    """The typed error for a non-2xx answer (the coordinator's ``{code, message, field?, problems?}``)."""
    payload: Dict[str, Any] = {}
    try:
        decoded = json.loads(raw.decode("utf-8")) if raw else {}
        if isinstance(decoded, dict):
            payload = decoded
    except (UnicodeDecodeError, ValueError):
        pass
    code = str(payload.get("code") or f"HTTP_{status}")
    message = str(payload.get("message") or raw[:200].decode("utf-8", "replace") or f"HTTP {status} from {method} {url}")
    field = payload.get("field")
    problems = payload.get("problems") if isinstance(payload.get("problems"), list) else None
    retryable = status >= 500 or status == 429
    cls = HyperfleetError
    if code == "LEASE_EXPIRED":
        cls = LeaseExpiredError
    elif status == 404:
        cls = NotFoundError
    elif problems:
        cls = SpecError
    return cls(
        message,
        code=code,
        field=str(field) if field is not None else None,
        status=status,
        retryable=retryable,
        problems=problems,
        url=url,
    )
