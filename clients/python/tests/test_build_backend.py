"""The in-tree PEP 517 backend: a wheel with a correct RECORD, an sdist, metadata, and a real
`pip install --no-build-isolation --no-index ./clients/python` into a fresh virtual environment."""

from __future__ import annotations

import base64
import csv
import hashlib
import importlib
import io
import os
import subprocess
import sys
import tarfile
import tempfile
import unittest
import zipfile
from pathlib import Path

from .support import CLIENT_DIR, REPO, clean_env

sys.path.insert(0, str(CLIENT_DIR / "_backend"))
backend = importlib.import_module("hyperfleet_build")
sys.path.remove(str(CLIENT_DIR / "_backend"))

import hyperfleet  # noqa: E402


def package_files():
    return sorted(
        p.relative_to(CLIENT_DIR).as_posix()
        for p in (CLIENT_DIR / "hyperfleet").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and not p.name.endswith(".pyc")
    )


class BuildBackend(unittest.TestCase):
    def setUp(self) -> None:
        self.tmp = tempfile.mkdtemp(prefix="hf-build-")

    def test_requires_nothing(self) -> None:
        self.assertEqual(backend.get_requires_for_build_wheel(), [])
        self.assertEqual(backend.get_requires_for_build_sdist(), [])
        self.assertEqual(backend.get_requires_for_build_editable(), [])

    def test_pyproject_names_this_backend(self) -> None:
        text = (CLIENT_DIR / "pyproject.toml").read_text()
        self.assertIn("requires = []", text)
        self.assertIn('build-backend = "hyperfleet_build"', text)
        self.assertIn('backend-path = ["_backend"]', text)
        self.assertEqual(backend._project()["version"], hyperfleet.__version__)

    def test_wheel_and_its_record(self) -> None:
        name = backend.build_wheel(self.tmp)
        self.assertEqual(name, f"hyperfleet-{hyperfleet.__version__}-py3-none-any.whl")
        dist_info = f"hyperfleet-{hyperfleet.__version__}.dist-info"
        with zipfile.ZipFile(os.path.join(self.tmp, name)) as whl:
            self.assertIsNone(whl.testzip())
            names = whl.namelist()
            record = list(csv.reader(io.StringIO(whl.read(f"{dist_info}/RECORD").decode())))
            contents = {n: whl.read(n) for n in names}
        self.assertEqual(sorted(n for n in names if n.startswith("hyperfleet/")), package_files())
        self.assertIn("hyperfleet/py.typed", names)
        self.assertFalse([n for n in names if "__pycache__" in n or n.endswith(".pyc")])
        self.assertEqual(len(names), len(set(names)))
        # RECORD: every file once, with its sha256 (urlsafe base64, no padding) and size; itself without.
        self.assertEqual(sorted(row[0] for row in record), sorted(names))
        for path, digest, size in record:
            if path == f"{dist_info}/RECORD":
                self.assertEqual((digest, size), ("", ""))
                continue
            data = contents[path]
            want = "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
            self.assertEqual(digest, want, path)
            self.assertEqual(int(size), len(data), path)
        metadata = contents[f"{dist_info}/METADATA"].decode()
        self.assertIn("Metadata-Version: 2.1\nName: hyperfleet\n", metadata)
        self.assertIn(f"Version: {hyperfleet.__version__}\n", metadata)
        self.assertIn("Requires-Python: >=3.9\n", metadata)
        wheel = contents[f"{dist_info}/WHEEL"].decode()
        self.assertIn("Root-Is-Purelib: true", wheel)
        self.assertIn("Tag: py3-none-any", wheel)
        # The same files give the same bytes.
        again = tempfile.mkdtemp()
        backend.build_wheel(again)
        self.assertEqual(Path(self.tmp, name).read_bytes(), Path(again, name).read_bytes())

    def test_metadata_alone(self) -> None:
        folder = backend.prepare_metadata_for_build_wheel(self.tmp)
        self.assertEqual(folder, f"hyperfleet-{hyperfleet.__version__}.dist-info")
        self.assertEqual(sorted(os.listdir(os.path.join(self.tmp, folder))), ["METADATA", "WHEEL", "top_level.txt"])

    def test_sdist(self) -> None:
        name = backend.build_sdist(self.tmp)
        self.assertEqual(name, f"hyperfleet-{hyperfleet.__version__}.tar.gz")
        base = f"hyperfleet-{hyperfleet.__version__}"
        with tarfile.open(os.path.join(self.tmp, name)) as tar:
            names = tar.getnames()
        for needed in (
            "pyproject.toml",
            "PKG-INFO",
            "README.md",
            "_backend/hyperfleet_build.py",
            "hyperfleet/__init__.py",
            "hyperfleet/py.typed",
            "tests/test_build_backend.py",
        ):
            self.assertIn(f"{base}/{needed}", names)
        self.assertFalse([n for n in names if "__pycache__" in n])

    def test_pyproject_without_tomllib(self) -> None:
        real = sys.modules.get("tomllib")
        sys.modules["tomllib"] = None  # type: ignore[assignment]  # as on Python 3.9 and 3.10
        try:
            fallback = backend._read_pyproject()
        finally:
            if real is None:
                del sys.modules["tomllib"]
            else:
                sys.modules["tomllib"] = real
        self.assertEqual(fallback["project"]["name"], "hyperfleet")
        self.assertEqual(fallback["project"]["version"], hyperfleet.__version__)
        self.assertEqual(fallback["project"]["license"], {"text": "Apache-2.0"})
        self.assertEqual(fallback["build-system"]["backend-path"], ["_backend"])
        self.assertEqual(fallback["project"]["optional-dependencies"], {"dataframe": ["pandas"], "yaml": ["pyyaml"]})
        if real is not None:
            self.assertEqual(fallback, backend._read_pyproject())


class PipInstall(unittest.TestCase):
    """pip, offline, into a fresh virtual environment made by this Python's venv."""

    def test_pip_installs_it_with_no_index(self) -> None:
        tmp = tempfile.mkdtemp(prefix="hf-venv-")
        venv = os.path.join(tmp, "venv")
        made = subprocess.run([sys.executable, "-m", "venv", venv], capture_output=True, text=True, timeout=120)
        self.assertEqual(made.returncode, 0, f"{sys.executable} -m venv failed (Debian: apt-get install python3-venv):\n{made.stderr}")
        python = os.path.join(venv, "bin", "python")
        env = clean_env(PIP_DISABLE_PIP_VERSION_CHECK="1", PIP_NO_INPUT="1")
        installed = subprocess.run(
            [python, "-m", "pip", "install", "--no-build-isolation", "--no-index", "./clients/python"],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        self.assertEqual(installed.returncode, 0, installed.stdout + installed.stderr)
        self.assertIn(f"Successfully installed hyperfleet-{hyperfleet.__version__}", installed.stdout)
        imported = subprocess.run(
            [
                python,
                "-c",
                "import hyperfleet, os; print(hyperfleet.__version__); print(hyperfleet.__file__); "
                "print(os.path.exists(os.path.join(os.path.dirname(hyperfleet.__file__), 'py.typed'))); "
                "from hyperfleet import Client, Study, report, hyperparameters",
            ],
            cwd=tmp,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        self.assertEqual(imported.returncode, 0, imported.stderr)
        version, path, typed = imported.stdout.split("\n")[:3]
        self.assertEqual(version, hyperfleet.__version__)
        self.assertTrue(path.startswith(venv), path)  # the installed copy, not the tree
        self.assertEqual(typed, "True")
        self.assertFalse((CLIENT_DIR / "build").exists())
        self.assertFalse(list(CLIENT_DIR.glob("*.egg-info")))


if __name__ == "__main__":
    unittest.main()
