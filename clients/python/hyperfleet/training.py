"""Helpers for training code: what a trial was given, and how it reports back.

They work in three settings, with the same code:

* **Run by a Hyperfleet worker** (``training.runtime: process`` or ``docker``): the hyperparameters come
  from the files the worker wrote (``HYPERFLEET_PARAMS_FILE``, typed; else
  ``HYPERFLEET_HYPERPARAMETERS_FILE`` or SageMaker's ``/opt/ml/input/config/hyperparameters.json``, all
  strings), :func:`report` appends a JSON line to ``HYPERFLEET_METRICS_FILE`` (the documented metrics
  channel, docs/worker.md), and a stop (early stopping, a stopped job, a time limit) arrives as SIGTERM,
  which :func:`should_stop` notices once its handler is installed.
* **Inside** :meth:`hyperfleet.Study.optimize`: the same functions go through the thread's current
  :class:`~hyperfleet.Trial` (its parameters, its reports, its pruning decision).
* **Outside Hyperfleet**: :func:`hyperparameters` returns the defaults passed in (or ``{}``),
  :func:`report` does nothing, :func:`should_stop` is False until the process gets SIGTERM, and the
  folders are local ones under the current directory; so the script still runs alone.
"""

from __future__ import annotations

import json
import os
import re
import signal
import threading
import time
from typing import Any, Dict, Iterator, Mapping, Optional, Tuple, Union

from ._context import current_trial

__all__ = [
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
]

#: Where a Docker trial finds its files (docs/worker.md, "What the training sees").
DOCKER_PARAMS_FILE = "/opt/hyperfleet/params.json"
DOCKER_METRICS_FILE = "/opt/hyperfleet/metrics.jsonl"
SAGEMAKER_HYPERPARAMETERS_FILE = "/opt/ml/input/config/hyperparameters.json"

_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
_INTEGER = re.compile(r"[+-]?\d+")
_TRUE = {"true", "yes", "on", "1"}
_FALSE = {"false", "no", "off", "0"}


# ---------------------------------------------------------------------------------------------------
# Hyperparameters


def convert_value(text: str) -> Union[bool, int, float, str]:
    """A hyperparameter string as the value it spells: ``"true"``/``"false"`` a bool, ``"20"`` an int,
    ``"0.001"`` or ``"1e-7"`` a float; anything else stays a string."""
    lowered = text.strip().lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    if _INTEGER.fullmatch(text.strip()):
        return int(text)
    if _NUMBER.fullmatch(text.strip()):
        return float(text)
    return text


def _like(value: Any, default: Any, name: str) -> Any:
    """``value`` as the type of ``default`` (a bool, int, float or str default)."""
    try:
        if isinstance(default, bool):
            if isinstance(value, bool):
                return value
            text = str(value).strip().lower()
            if text in _TRUE:
                return True
            if text in _FALSE:
                return False
            raise ValueError(f"not a boolean: {value!r}")
        if isinstance(default, int):
            number = float(value) if isinstance(value, str) and not _INTEGER.fullmatch(value.strip()) else value
            as_int = int(number)
            if isinstance(number, float) and number != as_int:
                raise ValueError(f"not a whole number: {value!r}")
            return as_int
        if isinstance(default, float):
            return float(value)
        if isinstance(default, str):
            return value if isinstance(value, str) else _as_string(value)
    except (TypeError, ValueError) as err:
        raise ValueError(f"hyperparameter {name!r}: cannot read {value!r} as {type(default).__name__}: {err}") from None
    return convert_value(value) if isinstance(value, str) else value


def _as_string(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _read_json_object(path: str) -> Dict[str, Any]:
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a JSON object of hyperparameters, got {type(data).__name__}")
    return data


def _source() -> Optional[str]:
    """The hyperparameters file this process was given, typed one first."""
    for path, _typed in _sources():
        return path
    return None


def _sources() -> Iterator[Tuple[str, bool]]:
    env_typed = os.environ.get("HYPERFLEET_PARAMS_FILE")
    if env_typed and os.path.exists(env_typed):
        yield env_typed, True
    env_strings = os.environ.get("HYPERFLEET_HYPERPARAMETERS_FILE")
    if os.path.exists(DOCKER_PARAMS_FILE):
        yield DOCKER_PARAMS_FILE, True
    if env_strings and os.path.exists(env_strings):
        yield env_strings, False
    if os.path.exists(SAGEMAKER_HYPERPARAMETERS_FILE):
        yield SAGEMAKER_HYPERPARAMETERS_FILE, False


def hyperparameters(defaults: Optional[Mapping[str, Any]] = None, *, convert: bool = True) -> Dict[str, Any]:
    """The trial's hyperparameters as typed values, over ``defaults``.

    Read from, in order: the current :class:`~hyperfleet.Trial` inside :meth:`Study.optimize`;
    ``HYPERFLEET_PARAMS_FILE`` (tuned values typed: numbers as numbers, booleans as booleans; static
    hyperparameters as strings) or ``/opt/hyperfleet/params.json`` in Docker;
    ``HYPERFLEET_HYPERPARAMETERS_FILE`` or ``/opt/ml/input/config/hyperparameters.json`` (every value
    a string). Outside Hyperfleet: a copy of ``defaults`` (``{}`` without them).

    Args:
        defaults: values for names the trial does not set; also the type each given value is read as
            (a default ``20`` reads ``"20"`` as the int 20, ``0.1`` reads ``0`` as the float 0.0, ``True``
            reads ``"false"`` as False). A value that does not fit its default's type is a ValueError.
        convert: read the strings of names without a default as what they spell
            (:func:`convert_value`: ``"true"`` → True, ``"20"`` → 20, ``"1e-3"`` → 0.001); False keeps
            them strings.

    Note: a whole number arrives as an int even for a continuous parameter (``0``, not ``0.0``);
    give a float default, or use ``float(...)``, where that matters.
    """
    defaults = dict(defaults or {})
    trial = current_trial()
    given: Dict[str, Any]
    if trial is not None:
        given = {**trial.static_hyperparameters, **trial.params}
    else:
        given = {}
        for path, _typed in _sources():
            given = _read_json_object(path)
            break
    out: Dict[str, Any] = dict(defaults)
    for name, value in given.items():
        if name in defaults and defaults[name] is not None:
            out[name] = _like(value, defaults[name], name)
        elif convert and isinstance(value, str):
            out[name] = convert_value(value)
        else:
            out[name] = value
    return out


# ---------------------------------------------------------------------------------------------------
# Metrics

_write_lock = threading.Lock()


def _metrics_file() -> Optional[str]:
    path = os.environ.get("HYPERFLEET_METRICS_FILE")
    if path:
        return path
    if os.path.exists(DOCKER_METRICS_FILE):
        return DOCKER_METRICS_FILE
    return None


def _checked_metrics(metrics: Optional[Mapping[str, Any]], named: Mapping[str, Any]) -> Dict[str, float]:
    out: Dict[str, float] = {}
    for source in (metrics or {}, named):
        for name, value in source.items():
            if not isinstance(name, str) or not name:
                raise ValueError(f"a metric name must be a non-empty string, got {name!r}")
            if isinstance(value, bool) or isinstance(value, (str, bytes)) or value is None:
                raise TypeError(f"metric {name!r}: expected a number, got {value!r}")
            try:
                number = float(value)
            except (TypeError, ValueError):
                raise TypeError(f"metric {name!r}: expected a number, got {value!r}") from None
            out[name] = number if not isinstance(value, int) else int(value)
    if not out:
        raise ValueError("report() needs at least one metric, e.g. report(step=3, loss=0.31)")
    return out


def _checked_step(step: Any) -> Optional[int]:
    if step is None:
        return None
    if isinstance(step, bool) or not isinstance(step, int) and not (isinstance(step, float) and step.is_integer()):
        raise ValueError(f"step must be a whole number >= 0, got {step!r}")
    whole = int(step)
    if whole < 0:
        raise ValueError(f"step must be a whole number >= 0, got {step}")
    return whole


def report(metrics: Optional[Mapping[str, float]] = None, *, step: Optional[int] = None, **named: float) -> bool:
    """Report metrics of the running trial: ``report(step=3, loss=0.31, acc=0.9)`` or, for names that are
    not Python identifiers, ``report({"validation:accuracy": 0.9}, step=3)``.

    ``step`` is a whole number >= 0 (an epoch); without it each metric takes its next step (0 for its
    first report). Report the objective once per step, numbered the same way in every trial: the
    median stopping rule compares trials step by step. NaN and infinities are allowed (they mark a
    diverged run).

    Under a worker it appends ``{"step", "metrics", "timestamp"}`` (Unix ms) as one line to
    ``HYPERFLEET_METRICS_FILE``; inside :meth:`Study.optimize` it goes to the current trial
    (:meth:`Trial.report`); outside Hyperfleet it does nothing.

    Returns:
        True when the trial should stop: inside a Study when the coordinator said so; under a worker
        when the stop's SIGTERM arrived (once :func:`should_stop` or :func:`install_stop_handler`
        installed the handler). Otherwise False.
    """
    values = _checked_metrics(metrics, named)
    step = _checked_step(step)
    trial = current_trial()
    if trial is not None:
        return trial.report(values, step=step)
    path = _metrics_file()
    if path:
        line: Dict[str, Any] = {}
        if step is not None:
            line["step"] = step
        line["metrics"] = values
        line["timestamp"] = int(time.time() * 1000)
        text = json.dumps(line) + "\n"  # NaN / Infinity bare, as the protocol reads them
        with _write_lock:
            with open(path, "a", encoding="utf-8") as f:
                f.write(text)
                f.flush()
    return _stop_event.is_set()


# ---------------------------------------------------------------------------------------------------
# Stops

_stop_event = threading.Event()
_handler_lock = threading.Lock()
_handler_installed = False
_previous_handler: Any = None


def _on_sigterm(signum: int, frame: Any) -> None:
    _stop_event.set()
    previous = _previous_handler
    if callable(previous) and previous is not _on_sigterm:
        previous(signum, frame)


def install_stop_handler() -> bool:
    """Install the SIGTERM handler behind :func:`should_stop` now (it is also installed the first time
    :func:`should_stop` is called).

    The worker stops a trial (early stopping, a stopped job, a time limit) with SIGTERM and kills it
    with SIGKILL after a grace period (10 s by default); with the handler, SIGTERM no longer ends the
    process but sets the flag :func:`should_stop` returns, so the training can save and exit (its last
    metrics count). Call it at the start of training, before the first epoch, if the training checks
    :func:`should_stop`: a SIGTERM before the handler is installed ends the process at once. A Python
    handler installed before is still called after the flag is set.

    Returns:
        True when the handler is installed (now or before); False where Python cannot install one
        (not the main thread, or no SIGTERM on this platform); then should_stop() is never set by a
        signal.
    """
    global _handler_installed, _previous_handler
    with _handler_lock:
        if _handler_installed:
            return True
        if not hasattr(signal, "SIGTERM") or threading.current_thread() is not threading.main_thread():
            return False
        try:
            _previous_handler = signal.signal(signal.SIGTERM, _on_sigterm)
        except (ValueError, OSError):
            return False
        _handler_installed = True
        return True


def should_stop() -> bool:
    """Whether the coordinator asked this trial to stop.

    Under a worker, the stop is SIGTERM: the first call installs the handler
    (:func:`install_stop_handler`), so call it (or that) early. Inside :meth:`Study.optimize`, it is the
    current trial's :meth:`Trial.should_prune` (the coordinator's answer to the last report or
    heartbeat). Check it once per epoch and return (or exit 0) when it is True.
    """
    trial = current_trial()
    if trial is not None:
        return trial.should_prune()
    install_stop_handler()
    return _stop_event.is_set()


# ---------------------------------------------------------------------------------------------------
# Folders and identity


def _local_dir(*parts: str) -> str:
    path = os.path.abspath(os.path.join(*parts))
    os.makedirs(path, exist_ok=True)
    return path


def model_dir() -> str:
    """The folder to save the model in (created if needed).

    ``HYPERFLEET_MODEL_DIR`` / ``SM_MODEL_DIR`` under a worker (``/opt/ml/model`` in Docker), kept after
    the attempt; inside :meth:`Study.optimize` the trial's own folder (:attr:`Trial.model_dir`); outside
    Hyperfleet ``./model``.
    """
    trial = current_trial()
    if trial is not None:
        return trial.model_dir()
    path = os.environ.get("HYPERFLEET_MODEL_DIR") or os.environ.get("SM_MODEL_DIR")
    return _local_dir(path) if path else _local_dir("model")


def output_dir() -> str:
    """The folder for anything else worth keeping (created if needed); a ``failure`` file in it becomes
    a failed attempt's message. ``HYPERFLEET_OUTPUT_DIR`` / ``SM_OUTPUT_DIR`` under a worker; the
    trial's own folder in a Study; ``./output`` outside Hyperfleet."""
    trial = current_trial()
    if trial is not None:
        return trial.output_dir()
    path = os.environ.get("HYPERFLEET_OUTPUT_DIR") or os.environ.get("SM_OUTPUT_DIR")
    return _local_dir(path) if path else _local_dir("output")


def checkpoint_dir(create: bool = True) -> Optional[str]:
    """``HYPERFLEET_CHECKPOINT_DIR``: the folder shared by every rung of a configuration (when the job
    sets ``training.checkpointDir``; docs/early-stopping.md), created when ``create``; ``None`` when
    the job sets none (no checkpoints: train from scratch). Save your state there after each epoch and
    resume from it when it holds one. Inside a Study: the trial's own folder."""
    trial = current_trial()
    if trial is not None:
        return trial.checkpoint_dir()
    path = os.environ.get("HYPERFLEET_CHECKPOINT_DIR")
    if not path:
        return None
    return _local_dir(path) if create else os.path.abspath(path)


def _int_env(name: str) -> Optional[int]:
    value = os.environ.get(name)
    try:
        return int(value) if value else None
    except ValueError:
        return None


def job_id() -> Optional[str]:
    """The job this trial belongs to (``HYPERFLEET_JOB_ID``, or the Study's), ``None`` outside Hyperfleet."""
    trial = current_trial()
    if trial is not None:
        return trial.job_id
    return os.environ.get("HYPERFLEET_JOB_ID") or None


def trial_id() -> Optional[int]:
    """The trial's id (``HYPERFLEET_TRIAL_ID``), ``None`` outside Hyperfleet."""
    trial = current_trial()
    if trial is not None:
        return int(trial.trial_id)
    return _int_env("HYPERFLEET_TRIAL_ID")


def attempt() -> Optional[int]:
    """The attempt number, 1 for the first run of a trial (``HYPERFLEET_ATTEMPT``)."""
    trial = current_trial()
    if trial is not None:
        return int(trial.attempt)
    return _int_env("HYPERFLEET_ATTEMPT")


def in_hyperfleet() -> bool:
    """Whether this code runs as a Hyperfleet trial (under a worker or inside Study.optimize)."""
    return current_trial() is not None or bool(os.environ.get("HYPERFLEET_TRIAL_ID")) or _source() is not None
