"""The training helpers: hyperparameters, report, should_stop and the folders, in processes that see
the variables a worker sets (docs/worker.md, "What the training sees"), and outside Hyperfleet."""

from __future__ import annotations

import json
import math
import os
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
import unittest
from pathlib import Path
from typing import Dict
from unittest import mock

import hyperfleet

from .support import CLIENT_DIR, FIXTURES, clean_env


def run_python(code: str, env: Dict[str, str], cwd: str, timeout: float = 30) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        env=clean_env(PYTHONPATH=str(CLIENT_DIR), **env),
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


class OutsideHyperfleet(unittest.TestCase):
    """No variables, no files: defaults, no-op reports, local folders."""

    def setUp(self) -> None:
        self.tmp = tempfile.mkdtemp()
        self.env = mock.patch.dict(os.environ, {}, clear=False)
        self.env.start()
        for k in list(os.environ):
            if k.startswith(("HYPERFLEET_", "SM_")):
                del os.environ[k]
        self.cwd = os.getcwd()
        os.chdir(self.tmp)

    def tearDown(self) -> None:
        os.chdir(self.cwd)
        self.env.stop()

    def test_defaults_and_no_op_report(self) -> None:
        self.assertEqual(hyperfleet.hyperparameters(), {})
        self.assertEqual(hyperfleet.hyperparameters({"lr": 0.1, "epochs": 3}), {"lr": 0.1, "epochs": 3})
        self.assertFalse(hyperfleet.report(step=0, loss=0.5))
        self.assertEqual(os.listdir(self.tmp), [])
        self.assertFalse(hyperfleet.in_hyperfleet())
        self.assertIsNone(hyperfleet.job_id())
        self.assertIsNone(hyperfleet.trial_id())
        self.assertIsNone(hyperfleet.checkpoint_dir())

    def test_local_folders(self) -> None:
        self.assertEqual(hyperfleet.model_dir(), os.path.join(os.path.realpath(self.tmp), "model"))
        self.assertTrue(os.path.isdir(os.path.join(self.tmp, "model")))
        self.assertTrue(os.path.isdir(hyperfleet.output_dir()))

    def test_report_checks_its_arguments(self) -> None:
        with self.assertRaises(ValueError):
            hyperfleet.report(step=1)
        with self.assertRaises(ValueError):
            hyperfleet.report(step=-1, loss=1.0)
        with self.assertRaises(ValueError):
            hyperfleet.report(step=1.5, loss=1.0)
        with self.assertRaises(TypeError):
            hyperfleet.report(loss="0.3")
        with self.assertRaises(TypeError):
            hyperfleet.report(ok=True)


class Conversions(unittest.TestCase):
    def test_convert_value(self) -> None:
        cases = {
            "true": True,
            "false": False,
            "20": 20,
            "-3": -3,
            "0.001": 0.001,
            "1e-7": 1e-7,
            ".5": 0.5,
            "adam": "adam",
            "": "",
            "1.2.3": "1.2.3",
        }
        for text, want in cases.items():
            with self.subTest(text=text):
                got = hyperfleet.convert_value(text)
                self.assertEqual(got, want)
                self.assertIs(type(got), type(want))

    def test_defaults_give_the_type(self) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "hyperparameters.json")
            with open(path, "w") as f:
                json.dump({"epochs": "20", "lr": "0", "shuffle": "false", "name": "007", "extra": "3"}, f)
            with mock.patch.dict(os.environ, {"HYPERFLEET_HYPERPARAMETERS_FILE": path, "HYPERFLEET_PARAMS_FILE": ""}):
                hp = hyperfleet.hyperparameters({"epochs": 1, "lr": 0.1, "shuffle": True, "name": "x", "missing": 5})
                self.assertEqual(hp, {"epochs": 20, "lr": 0.0, "shuffle": False, "name": "007", "extra": 3, "missing": 5})
                self.assertIs(type(hp["lr"]), float)
                self.assertEqual(hyperfleet.hyperparameters(convert=False)["extra"], "3")
                with self.assertRaisesRegex(ValueError, "hyperparameter 'shuffle'.*int"):
                    hyperfleet.hyperparameters({"shuffle": 1})


class UnderAWorker(unittest.TestCase):
    """A subprocess with the variables and files a process-runtime worker gives a trial."""

    def setUp(self) -> None:
        self.tmp = tempfile.mkdtemp(prefix="hf-train-")
        t = Path(self.tmp)
        (t / "hyperparameters.json").write_text(
            json.dumps({"lr": "0.001", "hidden": "64", "act": "relu", "epochs": "3", "shuffle": "true"})
        )
        (t / "params.json").write_text(json.dumps({"lr": 0.001, "hidden": 64, "act": "relu", "epochs": "3", "shuffle": "true"}))
        (t / "metrics.jsonl").write_text("")
        self.env = {
            "HYPERFLEET_HYPERPARAMETERS_FILE": str(t / "hyperparameters.json"),
            "HYPERFLEET_PARAMS_FILE": str(t / "params.json"),
            "HYPERFLEET_METRICS_FILE": str(t / "metrics.jsonl"),
            "HYPERFLEET_MODEL_DIR": str(t / "kept" / "model"),
            "SM_MODEL_DIR": str(t / "kept" / "model"),
            "HYPERFLEET_OUTPUT_DIR": str(t / "kept" / "output"),
            "HYPERFLEET_CHECKPOINT_DIR": str(t / "ckpt" / "job-1" / "config-0"),
            "HYPERFLEET_JOB_ID": "job-1",
            "HYPERFLEET_TRIAL_ID": "4",
            "HYPERFLEET_ATTEMPT": "2",
        }

    def metrics_lines(self):
        return [json.loads(line) for line in (Path(self.tmp) / "metrics.jsonl").read_text().splitlines()]

    def test_typed_hyperparameters_reports_and_folders(self) -> None:
        before = int(time.time() * 1000)
        result = run_python(
            """
            import json, math, hyperfleet
            hp = hyperfleet.hyperparameters()
            typed = hyperfleet.hyperparameters({"epochs": 1})
            print(json.dumps({"hp": hp, "types": {k: type(v).__name__ for k, v in hp.items()}, "epochs": typed["epochs"]}))
            assert hyperfleet.report(step=0, loss=0.5, acc=0.75) is False
            hyperfleet.report({"validation:accuracy": 0.8})
            hyperfleet.report(step=2, loss=float("nan"))
            print(json.dumps([hyperfleet.model_dir(), hyperfleet.output_dir(), hyperfleet.checkpoint_dir(),
                              hyperfleet.job_id(), hyperfleet.trial_id(), hyperfleet.attempt(), hyperfleet.in_hyperfleet()]))
            """,
            self.env,
            self.tmp,
        )
        self.assertEqual(result.returncode, 0, result.stderr)
        first, second = (json.loads(line) for line in result.stdout.splitlines())
        self.assertEqual(first["hp"], {"lr": 0.001, "hidden": 64, "act": "relu", "epochs": 3, "shuffle": True})
        self.assertEqual(first["types"], {"lr": "float", "hidden": "int", "act": "str", "epochs": "int", "shuffle": "bool"})
        self.assertEqual(first["epochs"], 3)
        lines = self.metrics_lines()
        self.assertEqual(len(lines), 3)
        self.assertEqual(lines[0]["step"], 0)
        self.assertEqual(lines[0]["metrics"], {"loss": 0.5, "acc": 0.75})
        self.assertNotIn("step", lines[1])
        self.assertEqual(lines[1]["metrics"], {"validation:accuracy": 0.8})
        self.assertTrue(math.isnan(lines[2]["metrics"]["loss"]))
        self.assertIn("NaN", (Path(self.tmp) / "metrics.jsonl").read_text().splitlines()[2])  # bare, as the protocol reads it
        for line in lines:
            self.assertGreaterEqual(line["timestamp"], before)  # Unix milliseconds
            self.assertLess(line["timestamp"], before + 60_000)
        t = Path(self.tmp)
        self.assertEqual(
            second, [str(t / "kept" / "model"), str(t / "kept" / "output"), str(t / "ckpt" / "job-1" / "config-0"), "job-1", 4, 2, True]
        )
        self.assertTrue((t / "ckpt" / "job-1" / "config-0").is_dir())

    def test_strings_file_when_there_is_no_typed_one(self) -> None:
        env = dict(self.env)
        del env["HYPERFLEET_PARAMS_FILE"]
        result = run_python("import json, hyperfleet; print(json.dumps(hyperfleet.hyperparameters()))", env, self.tmp)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(json.loads(result.stdout), {"lr": 0.001, "hidden": 64, "act": "relu", "epochs": 3, "shuffle": True})

    def test_sigterm_sets_should_stop(self) -> None:
        proc = subprocess.Popen(
            [sys.executable, str(FIXTURES / "stop_aware.py")],
            env=clean_env(PYTHONPATH=str(CLIENT_DIR), **self.env),
            cwd=self.tmp,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            assert proc.stdout is not None
            self.assertEqual(proc.stdout.readline().strip(), "ready")
            time.sleep(0.3)
            proc.send_signal(signal.SIGTERM)
            out, err = proc.communicate(timeout=20)
        finally:
            if proc.poll() is None:
                proc.kill()
        self.assertEqual(proc.returncode, 0, err)
        self.assertIn("stopped cleanly", out)
        self.assertTrue((Path(self.tmp) / "kept" / "output" / "stopped.txt").exists())
        self.assertGreater(len(self.metrics_lines()), 0)

    def test_should_stop_installs_its_handler_lazily_and_keeps_an_earlier_one(self) -> None:
        result = run_python(
            """
            import os, signal, hyperfleet
            seen = []
            signal.signal(signal.SIGTERM, lambda s, f: seen.append(s))
            assert hyperfleet.should_stop() is False      # installs the handler
            os.kill(os.getpid(), signal.SIGTERM)
            assert hyperfleet.should_stop() is True
            assert hyperfleet.report(step=0, loss=1.0) is True
            assert seen == [signal.SIGTERM], seen
            print("ok")
            """,
            self.env,
            self.tmp,
        )
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout.strip(), "ok")

    def test_no_handler_off_the_main_thread(self) -> None:
        result = run_python(
            """
            import threading, hyperfleet
            out = []
            t = threading.Thread(target=lambda: out.append(hyperfleet.install_stop_handler()))
            t.start(); t.join()
            print(out[0], hyperfleet.install_stop_handler())
            """,
            self.env,
            self.tmp,
        )
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout.split(), ["False", "True"])

    def test_no_third_party_imports(self) -> None:
        result = run_python(
            """
            import sys, hyperfleet, hyperfleet.study, hyperfleet.client
            print(sorted(m for m in sys.modules if m.split('.')[0] in ('yaml', 'pandas', 'numpy', 'requests')))
            """,
            {},
            self.tmp,
        )
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout.strip(), "[]")


if __name__ == "__main__":
    unittest.main()
