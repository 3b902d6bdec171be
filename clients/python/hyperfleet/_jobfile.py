"""Reading a job file as ``hyperfleet submit`` does: YAML (when PyYAML is installed) or JSON, with
``./`` and ``../`` paths in ``training.command`` and ``training.dataChannels`` made absolute from the
file's folder."""

from __future__ import annotations

import json
import os
import re
from typing import Any, Dict

from .errors import HyperfleetError

_RELATIVE = re.compile(r"^\.\.?/")


def read_job_file(path: "os.PathLike[str] | str") -> Dict[str, Any]:
    """The job spec in ``path``, its local paths resolved (see the module's docstring)."""
    path = os.fspath(path)
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except OSError as err:
        raise HyperfleetError(f"cannot read the job file {path}: {err.strerror or err}", code="BAD_JOB_FILE") from None
    doc = _parse(text, path)
    if not isinstance(doc, dict):
        raise HyperfleetError(f"{path}: a job file holds one mapping (a job spec), got {type(doc).__name__}", code="BAD_JOB_FILE")
    return resolve_local_paths(doc, os.path.dirname(os.path.abspath(path)))


def _parse(text: str, path: str) -> Any:
    try:
        import yaml  # type: ignore[import-untyped]  # optional: PyYAML
    except ImportError:
        yaml = None
    if yaml is not None:
        try:
            return yaml.safe_load(text)
        except yaml.YAMLError as err:
            raise HyperfleetError(f"{path} is not valid YAML or JSON: {err}", code="BAD_JOB_FILE") from None
    try:
        return json.loads(text)
    except ValueError as err:
        looks_yaml = path.endswith((".yaml", ".yml")) or not text.lstrip().startswith(("{", "["))
        hint = (
            " PyYAML is not installed, so only JSON job files can be read: install it"
            " (python3 -m pip install pyyaml) or write the job file as JSON, or pass the spec as a dict."
            if looks_yaml
            else ""
        )
        raise HyperfleetError(f"{path} is not valid JSON ({err}).{hint}", code="BAD_JOB_FILE") from None


def resolve_local_paths(spec: Dict[str, Any], base: str) -> Dict[str, Any]:
    """``spec`` with each ``training.command`` argument and data-channel path that starts with ``./``
    or ``../`` made absolute from ``base`` (a trial's working folder is a scratch folder)."""

    def local(p: Any) -> Any:
        if isinstance(p, str) and _RELATIVE.match(p) and not os.path.isabs(p):
            return os.path.normpath(os.path.join(base, p))
        return p

    spec = dict(spec)
    training = spec.get("training")
    if isinstance(training, dict):
        training = dict(training)
        if isinstance(training.get("command"), list):
            training["command"] = [local(a) for a in training["command"]]
        if isinstance(training.get("dataChannels"), list):
            training["dataChannels"] = [{**c, "path": local(c.get("path"))} if isinstance(c, dict) else c for c in training["dataChannels"]]
        spec["training"] = training
    return spec
