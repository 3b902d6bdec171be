"""What the tests share: the repository's paths and a real coordinator (`hyperfleet serve`) per test class."""

from __future__ import annotations

import os
import queue
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import unittest
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Dict, List, Optional

if TYPE_CHECKING:
    from hyperfleet import Client

CLIENT_DIR = Path(__file__).resolve().parents[1]  # clients/python
REPO = Path(os.environ.get("HYPERFLEET_REPO") or CLIENT_DIR.parents[1])
CLI = REPO / "packages" / "cli" / "dist" / "main.js"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
#: How long `serve` may take to print its URL.
START_SECONDS = float(os.environ.get("HYPERFLEET_TEST_START_SECONDS", "60"))


def node_binary() -> str:
    """node, or a failure that says how to get it (these tests never skip)."""
    node = os.environ.get("HYPERFLEET_NODE") or shutil.which("node")
    if not node:
        raise AssertionError(
            "the Python client's tests start a real coordinator with `node packages/cli/dist/main.js serve`, "
            "but node is not on PATH (install Node.js >= 20.19, or set HYPERFLEET_NODE to its path)"
        )
    if not os.path.exists(node):
        raise AssertionError(f"HYPERFLEET_NODE names {node}, which does not exist")
    if not CLI.exists():
        raise AssertionError(f"the Hyperfleet CLI is not built: {CLI} is missing (run `pnpm install && pnpm build` in {REPO})")
    return node


def clean_env(**extra: str) -> Dict[str, str]:
    """This process's environment without PYTHONPATH (the worker is the one that puts the client on it)
    and without coordinator settings that would leak into the code under test."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "HYPERFLEET_TOKEN", "HYPERFLEET_COORDINATOR_URL")}
    env.update(extra)
    return env


class Serve:
    """`hyperfleet serve --http 127.0.0.1:0 --dir DIR --workers N` running; its URL from its first stdout line."""

    def __init__(self, directory: str, *, workers: int = 2, token: Optional[str] = None) -> None:
        node = node_binary()
        self.directory = directory
        self.stderr_path = os.path.join(directory, "serve.stderr.log")
        args: List[str] = [
            node,
            str(CLI),
            "serve",
            "--http",
            "127.0.0.1:0",
            "--dir",
            os.path.join(directory, "serve"),
            "--workers",
            str(workers),
            "--runtime",
            "process",
        ]
        if token:
            args += ["--token", token]
        self._stderr = open(self.stderr_path, "wb")
        self.proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=self._stderr, env=clean_env(), cwd=directory)
        lines: "queue.Queue[bytes]" = queue.Queue()

        def read() -> None:
            assert self.proc.stdout is not None
            for line in self.proc.stdout:
                lines.put(line)
            lines.put(b"")

        threading.Thread(target=read, daemon=True).start()
        try:
            first = lines.get(timeout=START_SECONDS).decode("utf-8", "replace").strip()
        except queue.Empty:
            self.stop()
            raise AssertionError(f"hyperfleet serve printed no URL within {START_SECONDS:g} s; its log:\n{self.log()}") from None
        if not first.startswith("http"):
            code = self.stop()
            raise AssertionError(f"hyperfleet serve did not start (exit {code}, first line {first!r}); its log:\n{self.log()}")
        self.url = first

    def log(self, tail: int = 4000) -> str:
        try:
            with open(self.stderr_path, "rb") as f:
                return f.read().decode("utf-8", "replace")[-tail:]
        except OSError:
            return "(no log)"

    def stop(self, timeout: float = 20.0) -> Optional[int]:
        """SIGTERM, then its exit code (SIGKILL after ``timeout``: then None)."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
                self._stderr.close()
                return None
        self._stderr.close()
        return self.proc.returncode


class ServeTestCase(unittest.TestCase):
    """A test class with one coordinator of its own (``self.serve``, ``self.client``), stopped with SIGTERM at the end."""

    workers = 2
    token: Optional[str] = None
    serve: Serve
    tmp: str
    client: "Client"

    @classmethod
    def setUpClass(cls) -> None:
        from hyperfleet import Client

        cls.tmp = tempfile.mkdtemp(prefix="hyperfleet-py-test-")
        cls.serve = Serve(cls.tmp, workers=cls.workers, token=cls.token)
        cls.client = Client(cls.serve.url, token=cls.token)

    @classmethod
    def tearDownClass(cls) -> None:
        code = cls.serve.stop()
        log = cls.serve.log()
        shutil.rmtree(cls.tmp, ignore_errors=True)
        if code != 0:
            raise AssertionError(f"hyperfleet serve did not exit 0 on SIGTERM (exit {code}); its log:\n{log}")

    def fail_with_log(self, message: str) -> None:
        self.fail(f"{message}\n--- hyperfleet serve log (tail) ---\n{self.serve.log()}")


def wait_until(condition: Callable[[], Any], timeout: float = 30.0, interval: float = 0.1, what: str = "the condition") -> Any:
    """Poll ``condition()`` until it is truthy; its value. AssertionError after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} did not hold within {timeout:g} s")
        time.sleep(interval)


PYTHON = sys.executable
