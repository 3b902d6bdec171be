"""A PEP 517 build backend for the hyperfleet package that needs only the standard library.

pip can then install the client with no package index and no build tools (a fresh virtual
environment of Python 3.11 has setuptools 65 and no ``wheel``, with which a setuptools project fails
with "invalid command bdist_wheel")::

    python3 -m pip install --no-build-isolation --no-index ./clients/python

It builds a pure-Python wheel (``hyperfleet-<version>-py3-none-any.whl``: the ``hyperfleet`` package and
a ``.dist-info`` with METADATA, WHEEL, top_level.txt and a RECORD of sha256 hashes), an sdist, the
metadata alone (``prepare_metadata_for_build_wheel``) and an editable wheel (PEP 660: a ``.pth`` hook
that imports ``hyperfleet`` from this folder). The project's metadata is the ``[project]`` table of
pyproject.toml (read with tomllib where Python has it, else with a reader for the flat subset used
there).
"""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import os
import re
import tarfile
import time
import zipfile
from typing import Any, Dict, Iterable, List, Mapping, Optional, Tuple

__all__ = [
    "build_wheel",
    "build_sdist",
    "build_editable",
    "get_requires_for_build_wheel",
    "get_requires_for_build_sdist",
    "get_requires_for_build_editable",
    "prepare_metadata_for_build_wheel",
    "prepare_metadata_for_build_editable",
]

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACKAGE = "hyperfleet"
#: Zip entries get this time (1980-01-01 is zip's earliest), so a wheel's bytes depend only on its files.
_EPOCH = (1980, 1, 1, 0, 0, 0)
_SDIST_EXTRA = ("pyproject.toml", "README.md", "_backend", "tests")


# ---------------------------------------------------------------------------------------------------
# pyproject.toml


def _parse_value(text: str) -> Any:
    text = text.strip()
    if text.startswith("[") and text.endswith("]"):
        inner = text[1:-1].strip()
        return [_parse_value(part) for part in re.findall(r'"(?:[^"\\]|\\.)*"', inner)] if inner else []
    if text.startswith('"') and text.endswith('"'):
        return text[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    if text in ("true", "false"):
        return text == "true"
    return text


def _read_pyproject(root: str = ROOT) -> Dict[str, Any]:
    path = os.path.join(root, "pyproject.toml")
    try:
        import tomllib  # Python 3.11+
    except ImportError:  # pragma: no cover - older Pythons
        tomllib = None  # type: ignore[assignment]
    if tomllib is not None:
        with open(path, "rb") as f:
            return tomllib.load(f)
    # The flat subset pyproject.toml keeps to: [tables], key = "string" | ["strings", ...] | { text = "..." },
    # one line each.
    data: Dict[str, Any] = {}
    table: Dict[str, Any] = data
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.split(" #", 1)[0].strip()
            if not line or line.startswith("#"):
                continue
            m = re.fullmatch(r"\[([A-Za-z0-9_.-]+)\]", line)
            if m:
                table = data
                for part in m.group(1).split("."):
                    table = table.setdefault(part, {})
                continue
            key, _, value = line.partition("=")
            value = value.strip()
            if value.startswith("{") and value.endswith("}"):
                inline = {}
                for k, v in re.findall(r'([A-Za-z0-9_-]+)\s*=\s*("(?:[^"\\]|\\.)*")', value):
                    inline[k] = _parse_value(v)
                table[key.strip().strip('"')] = inline
            else:
                table[key.strip().strip('"')] = _parse_value(value)
    return data


def _project(root: str = ROOT) -> Dict[str, Any]:
    project = dict(_read_pyproject(root).get("project") or {})
    for required in ("name", "version"):
        if not project.get(required):
            raise ValueError(f"pyproject.toml: [project] needs {required}")
    return project


def _dist_name(project: Mapping[str, Any]) -> str:
    return re.sub(r"[-_.]+", "_", str(project["name"])).lower()


def _metadata(project: Mapping[str, Any], root: str = ROOT) -> str:
    lines = ["Metadata-Version: 2.1", f"Name: {project['name']}", f"Version: {project['version']}"]
    if project.get("description"):
        lines.append(f"Summary: {project['description']}")
    if project.get("requires-python"):
        lines.append(f"Requires-Python: {project['requires-python']}")
    license_ = project.get("license")
    if isinstance(license_, Mapping) and license_.get("text"):
        lines.append(f"License: {license_['text']}")
    elif isinstance(license_, str):
        lines.append(f"License: {license_}")
    keywords = project.get("keywords")
    if keywords:
        lines.append(f"Keywords: {','.join(str(k) for k in keywords)}")
    for author in project.get("authors") or []:
        if isinstance(author, Mapping) and author.get("name"):
            lines.append(f"Author: {author['name']}")
    for label, url in (project.get("urls") or {}).items():
        lines.append(f"Project-URL: {label}, {url}")
    for classifier in project.get("classifiers") or []:
        lines.append(f"Classifier: {classifier}")
    for extra, deps in (project.get("optional-dependencies") or {}).items():
        lines.append(f"Provides-Extra: {extra}")
        for dep in deps:
            lines.append(f'Requires-Dist: {dep}; extra == "{extra}"')
    body = ""
    readme = project.get("readme")
    if isinstance(readme, str) and os.path.exists(os.path.join(root, readme)):
        lines.append("Description-Content-Type: text/markdown" if readme.endswith(".md") else "Description-Content-Type: text/plain")
        with open(os.path.join(root, readme), encoding="utf-8") as f:
            body = f.read()
    return "\n".join(lines) + "\n\n" + body


def _wheel_file(tag: str = "py3-none-any") -> str:
    return f"Wheel-Version: 1.0\nGenerator: hyperfleet_build\nRoot-Is-Purelib: true\nTag: {tag}\n"


# ---------------------------------------------------------------------------------------------------
# Files


def _package_files(root: str = ROOT) -> List[Tuple[str, str]]:
    """(path in the archive, path on disk) for every file of the package, sorted; no caches."""
    out: List[Tuple[str, str]] = []
    base = os.path.join(root, PACKAGE)
    for folder, dirs, files in os.walk(base):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__" and not d.startswith("."))
        for name in sorted(files):
            if name.endswith((".pyc", ".pyo")) or name.startswith("."):
                continue
            disk = os.path.join(folder, name)
            out.append((os.path.relpath(disk, root).replace(os.sep, "/"), disk))
    return out


def _hash(data: bytes) -> str:
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode("ascii")


class _WheelWriter:
    """A wheel being written: each file's bytes go in and into RECORD; RECORD last."""

    def __init__(self, path: str, dist_info: str) -> None:
        self.zip = zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED)
        self.dist_info = dist_info
        self.records: List[Tuple[str, str, str]] = []

    def add(self, arcname: str, data: bytes, mode: int = 0o644) -> None:
        info = zipfile.ZipInfo(arcname, date_time=_EPOCH)
        info.external_attr = (0o100000 | mode) << 16
        info.compress_type = zipfile.ZIP_DEFLATED
        self.zip.writestr(info, data)
        self.records.append((arcname, _hash(data), str(len(data))))

    def close(self) -> None:
        record = f"{self.dist_info}/RECORD"
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        for row in self.records:
            writer.writerow(row)
        writer.writerow((record, "", ""))
        info = zipfile.ZipInfo(record, date_time=_EPOCH)
        info.external_attr = (0o100000 | 0o644) << 16
        info.compress_type = zipfile.ZIP_DEFLATED
        self.zip.writestr(info, buf.getvalue().encode("utf-8"))
        self.zip.close()


def _dist_info_files(project: Mapping[str, Any], root: str = ROOT, top_level: str = PACKAGE) -> Dict[str, bytes]:
    return {
        "METADATA": _metadata(project, root).encode("utf-8"),
        "WHEEL": _wheel_file().encode("utf-8"),
        "top_level.txt": f"{top_level}\n".encode("utf-8"),
    }


def _build(wheel_directory: str, files: Iterable[Tuple[str, bytes]], root: str = ROOT, top_level: str = PACKAGE) -> str:
    project = _project(root)
    name, version = _dist_name(project), str(project["version"])
    dist_info = f"{name}-{version}.dist-info"
    filename = f"{name}-{version}-py3-none-any.whl"
    os.makedirs(wheel_directory, exist_ok=True)
    path = os.path.join(wheel_directory, filename)
    writer = _WheelWriter(path + ".part", dist_info)
    try:
        for arcname, data in files:
            writer.add(arcname, data)
        for leaf, data in _dist_info_files(project, root, top_level).items():
            writer.add(f"{dist_info}/{leaf}", data)
    finally:
        writer.close()
    os.replace(path + ".part", path)
    return filename


def _read(disk: str) -> bytes:
    with open(disk, "rb") as f:
        return f.read()


# ---------------------------------------------------------------------------------------------------
# PEP 517 / PEP 660 hooks


def get_requires_for_build_wheel(config_settings: Optional[Mapping[str, Any]] = None) -> List[str]:
    """Nothing: the backend is the standard library."""
    return []


def get_requires_for_build_sdist(config_settings: Optional[Mapping[str, Any]] = None) -> List[str]:
    """Nothing: the backend is the standard library."""
    return []


def get_requires_for_build_editable(config_settings: Optional[Mapping[str, Any]] = None) -> List[str]:
    """Nothing: the backend is the standard library."""
    return []


def prepare_metadata_for_build_wheel(metadata_directory: str, config_settings: Optional[Mapping[str, Any]] = None) -> str:
    """Write ``<name>-<version>.dist-info`` (METADATA, WHEEL, top_level.txt) into ``metadata_directory``; its name."""
    project = _project()
    dist_info = f"{_dist_name(project)}-{project['version']}.dist-info"
    folder = os.path.join(metadata_directory, dist_info)
    os.makedirs(folder, exist_ok=True)
    for leaf, data in _dist_info_files(project).items():
        with open(os.path.join(folder, leaf), "wb") as f:
            f.write(data)
    return dist_info


prepare_metadata_for_build_editable = prepare_metadata_for_build_wheel


def build_wheel(wheel_directory: str, config_settings: Optional[Mapping[str, Any]] = None, metadata_directory: Optional[str] = None) -> str:
    """Build ``hyperfleet-<version>-py3-none-any.whl`` into ``wheel_directory``; its file name."""
    return _build(wheel_directory, ((arc, _read(disk)) for arc, disk in _package_files()))


_EDITABLE_HOOK = '''"""Imports hyperfleet from its source folder (an editable install: pip install -e)."""
import importlib.abc
import importlib.util
import os
import sys

_SOURCE = {source!r}


class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name != "hyperfleet":
            return None
        init = os.path.join(_SOURCE, "hyperfleet", "__init__.py")
        return importlib.util.spec_from_file_location(name, init, submodule_search_locations=[os.path.dirname(init)])


def install():
    if not any(isinstance(f, _Finder) for f in sys.meta_path):
        sys.meta_path.append(_Finder())
'''


def build_editable(
    wheel_directory: str, config_settings: Optional[Mapping[str, Any]] = None, metadata_directory: Optional[str] = None
) -> str:
    """PEP 660: a wheel whose ``.pth`` hook imports ``hyperfleet`` from this source folder (only that
    package: the folder's tests and backend stay out of ``sys.path``)."""
    hook = _EDITABLE_HOOK.format(source=ROOT).encode("utf-8")
    pth = b"import _hyperfleet_editable; _hyperfleet_editable.install()\n"
    return _build(wheel_directory, [("_hyperfleet_editable.py", hook), ("_hyperfleet_editable.pth", pth)])


def build_sdist(sdist_directory: str, config_settings: Optional[Mapping[str, Any]] = None) -> str:
    """Build ``hyperfleet-<version>.tar.gz`` (the package, its tests, this backend, pyproject.toml,
    README.md and PKG-INFO) into ``sdist_directory``; its file name."""
    project = _project()
    base = f"{_dist_name(project)}-{project['version']}"
    filename = f"{base}.tar.gz"
    os.makedirs(sdist_directory, exist_ok=True)
    path = os.path.join(sdist_directory, filename)
    entries: List[Tuple[str, bytes]] = [(arc, _read(disk)) for arc, disk in _package_files()]
    for extra in _SDIST_EXTRA:
        disk = os.path.join(ROOT, extra)
        if os.path.isfile(disk):
            entries.append((extra, _read(disk)))
        elif os.path.isdir(disk):
            for folder, dirs, files in os.walk(disk):
                dirs[:] = sorted(d for d in dirs if d != "__pycache__" and not d.startswith("."))
                for name in sorted(files):
                    if name.endswith((".pyc", ".pyo")):
                        continue
                    full = os.path.join(folder, name)
                    entries.append((os.path.relpath(full, ROOT).replace(os.sep, "/"), _read(full)))
    entries.append(("PKG-INFO", _metadata(project).encode("utf-8")))
    mtime = int(os.environ.get("SOURCE_DATE_EPOCH", time.time()))
    with tarfile.open(path + ".part", "w:gz", format=tarfile.PAX_FORMAT) as tar:
        for arc, data in sorted(entries):
            info = tarfile.TarInfo(f"{base}/{arc}")
            info.size = len(data)
            info.mtime = mtime
            info.mode = 0o644
            info.uname = info.gname = ""
            tar.addfile(info, io.BytesIO(data))
    os.replace(path + ".part", path)
    return filename
