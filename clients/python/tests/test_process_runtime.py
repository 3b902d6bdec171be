"""A process-runtime job run by serve's local worker, whose training uses hyperfleet (imported from
clients/python, which the worker puts on PYTHONPATH): typed hyperparameters, report(), the folders,
and a stop reaching the training as SIGTERM → should_stop()."""

from __future__ import annotations

import json
import os
import unittest

from .support import CLIENT_DIR, FIXTURES, PYTHON, ServeTestCase, wait_until


class ProcessRuntimeTests(ServeTestCase):
    workers = 2

    def test_training_with_hyperfleet_report_and_hyperparameters(self) -> None:
        job_id = self.client.submit(
            {
                "name": "py-process",
                "objective": {"metric": "loss", "type": "minimize"},
                "strategy": "random",
                "seed": 2,
                "parameters": {"x": {"type": "continuous", "min": -2, "max": 3}, "opt": {"type": "categorical", "values": ["adam", "sgd"]}},
                "staticHyperparameters": {"epochs": 3},
                "limits": {"maxTrials": 4, "maxParallelTrials": 2},
                "training": {
                    "runtime": "process",
                    "command": [PYTHON, str(FIXTURES / "train_quadratic.py")],
                    "reportedMetrics": ["x_seen"],
                },
            }
        )
        job = self.client.wait(job_id, timeout=90, poll_seconds=0.2)
        if job["status"] != "Completed":
            self.fail_with_log(f"the job ended {job['status']}: {job.get('failureReason')}; trials: {self.client.trials(job_id)}")
        self.assertEqual(job["trainingJobStatusCounters"]["Completed"], 4)
        for t in self.client.trials(job_id):
            detail = self.client.trial(job_id, t["trialId"])
            x, opt = t["params"]["x"], t["params"]["opt"]
            want = (x - 1) ** 2 + (0.5 if opt == "sgd" else 0.0) + 1.0 / 3
            self.assertAlmostEqual(t["objective"], want, places=9)
            loss = detail["metrics"]["loss"]
            self.assertEqual([p["step"] for p in loss], [0, 1, 2])
            self.assertAlmostEqual(detail["metrics"]["x_seen"][0]["value"], x, places=12)  # typed, exactly
            artifacts = detail.get("artifacts") or {}
            self.assertTrue(artifacts.get("path"), detail)
            with open(os.path.join(artifacts["path"], "output", "seen.json")) as f:
                seen = json.load(f)
            self.assertEqual(seen["types"], {"x": "float", "epochs": "int", "opt": "str"})
            self.assertEqual(seen["hyperparameters"]["epochs"], 3)
            self.assertTrue(seen["params_file"], "the worker set no HYPERFLEET_PARAMS_FILE")
            self.assertEqual(os.path.realpath(seen["hyperfleet_module"]), os.path.realpath(CLIENT_DIR / "hyperfleet" / "__init__.py"))
            self.assertEqual((seen["job_id"], seen["trial_id"], seen["attempt"]), (job_id, t["trialId"], 1))
            self.assertTrue(os.path.exists(os.path.join(artifacts["path"], "model", "model.json")))

    def test_a_stop_reaches_the_training_as_should_stop(self) -> None:
        job_id = self.client.submit(
            {
                "name": "py-stop",
                "objective": {"metric": "loss", "type": "minimize"},
                "parameters": {"x": {"type": "continuous", "min": 0, "max": 1}},
                "limits": {"maxTrials": 1},
                "training": {
                    "runtime": "process",
                    "command": [PYTHON, str(FIXTURES / "stop_aware.py")],
                    "environment": {"STOP_AWARE_SECONDS": "60"},
                },
            }
        )
        wait_until(
            lambda: any(
                t["status"] == "Running" and self.client.trial(job_id, t["trialId"])["metrics"].get("loss")
                for t in self.client.trials(job_id)
            ),
            timeout=30,
            what="the training reporting",
        )
        self.client.stop(job_id)
        job = self.client.wait(job_id, timeout=30, poll_seconds=0.2)
        self.assertEqual(job["status"], "Stopped")
        (trial,) = self.client.trials(job_id)
        self.assertEqual(trial["status"], "Stopped")
        detail = self.client.trial(job_id, trial["trialId"])
        path = (detail.get("artifacts") or {}).get("path")
        self.assertTrue(path, detail)
        stopped = os.path.join(path, "output", "stopped.txt")
        if not os.path.exists(stopped):
            logs = self.client.request("GET", f"/v1/jobs/{job_id}/trials/{trial['trialId']}/logs")
            self.fail_with_log(f"the training did not see should_stop(); its logs: {logs}")


if __name__ == "__main__":
    unittest.main()
