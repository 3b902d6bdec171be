"""Search-space helpers: the parameter objects of a job spec (docs/search-space.md), and shorthands.

``Study.create(space=...)`` takes the spec's own form, ``{"lr": {"type": "continuous", "min": 1e-4,
"max": 1, "scaling": "log"}}``, or these shorthands, mixed freely:

* ``continuous(1e-4, 1, log=True)``, ``integer(1, 8)``, ``categorical(["adam", "sgd"])``;
* a tuple ``(low, high)``: integer when both are ints, else continuous (linear unless ``auto`` makes
  it log: ``scaling`` defaults to ``auto`` on the coordinator);
* a list ``["adam", "sgd"]``: categorical.
"""

from __future__ import annotations

from typing import Any, Dict, Mapping, Optional, Sequence, Union

__all__ = ["continuous", "integer", "categorical", "normalize_space"]

Parameter = Dict[str, Any]


def _scaling(log: bool, scaling: Optional[str]) -> Dict[str, str]:
    if log and scaling not in (None, "log"):
        raise ValueError(f"log=True contradicts scaling={scaling!r}")
    s = "log" if log else scaling
    return {"scaling": s} if s else {}


def continuous(low: float, high: float, *, log: bool = False, scaling: Optional[str] = None) -> Parameter:
    """A real parameter in ``[low, high]``; ``log=True`` (or ``scaling="log"``, ``"reverse-log"``,
    ``"linear"``, ``"auto"``) sets how it is searched."""
    return {"type": "continuous", "min": float(low), "max": float(high), **_scaling(log, scaling)}


def integer(low: int, high: int, *, log: bool = False, scaling: Optional[str] = None) -> Parameter:
    """A whole-number parameter in ``[low, high]``, both included."""
    if int(low) != low or int(high) != high:
        raise ValueError(f"integer bounds must be whole numbers, got {low!r}, {high!r}")
    return {"type": "integer", "min": int(low), "max": int(high), **_scaling(log, scaling)}


def categorical(values: Sequence[Union[str, int, float, bool]]) -> Parameter:
    """One of ``values`` (strings, numbers or booleans, distinct)."""
    return {"type": "categorical", "values": list(values)}


def normalize_space(space: Mapping[str, Any]) -> Dict[str, Parameter]:
    """The job spec's ``parameters`` for ``space`` (spec objects kept as they are, shorthands expanded)."""
    if not isinstance(space, Mapping) or not space:
        raise ValueError("space must be a non-empty mapping of parameter names to parameters")
    out: Dict[str, Parameter] = {}
    for name, p in space.items():
        if isinstance(p, Mapping):
            out[name] = dict(p)
        elif isinstance(p, tuple) and len(p) == 2:
            low, high = p
            if isinstance(low, int) and isinstance(high, int) and not isinstance(low, bool) and not isinstance(high, bool):
                out[name] = integer(low, high)
            else:
                out[name] = continuous(low, high)
        elif isinstance(p, list):
            out[name] = categorical(p)
        else:
            raise ValueError(f"parameter {name!r}: expected a parameter object, a (low, high) tuple or a list of values, got {p!r}")
    return out
