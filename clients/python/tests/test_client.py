"""Client against a real coordinator (`hyperfleet serve`): submit, describe, list, trials, update,
stop, wait, delete, and its errors."""

from __future__ import annotations

import io
import json
import os
import sys
import tempfile
import unittest
import warnings

import hyperfleet
from hyperfleet import Client, CoordinatorUnreachable, HyperfleetError, NotFoundError, SpecError

from .support import PYTHON, ServeTestCase


def external_spec(name: str, **over) -> dict:
    spec = {
        "name": name,
        "objective": {"metric": "loss", "type": "minimize"},
        "strategy": "random",
        "parameters": {"x": {"type": "continuous", "min": -5, "max": 5}, "opt": {"type": "categorical", "values": ["adam", "sgd"]}},
        "limits": {"maxTrials": 6, "maxParallelTrials": 2},
        "training": {"runtime": "external"},
        "seed": 3,
        "tags": {"team": "py", "case": name},
    }
    spec.update(over)
    return spec


class ClientTests(ServeTestCase):
    def test_submit_describe_list_trials(self) -> None:
        job_id = self.client.submit(external_spec("client-basic"))
        job = self.client.get(job_id)
        self.assertEqual(job["jobId"], job_id)
        self.assertEqual(job["status"], "InProgress")
        self.assertEqual(job["spec"]["training"]["runtime"], "external")
        self.assertEqual(job["limits"]["maxTrials"], 6)
        self.assertIsNone(job["bestTrial"])
        self.assertEqual(self.client.describe(job_id)["name"], "client-basic")
        self.assertIn(job_id, [j["jobId"] for j in self.client.list()])
        self.assertIn(job_id, [j["jobId"] for j in self.client.list(status="InProgress")])
        self.assertNotIn(job_id, [j["jobId"] for j in self.client.list(status=["Completed", "Stopped"])])
        self.assertEqual([j["jobId"] for j in self.client.list(tag="case=client-basic")], [job_id])
        self.assertEqual([j["jobId"] for j in self.client.list(tag={"case": "client-basic", "team": None})], [job_id])
        self.assertEqual(self.client.list(tag=["case=client-basic", "team=other"]), [])
        self.assertIsInstance(self.client.trials(job_id), list)
        self.assertIsNone(self.client.best(job_id))

        # One trial through the suggestion service, then it is in the lists.
        answer = self.client.suggest(job_id, 1, wait_seconds=10, lease_seconds=60, client="client-test")
        self.assertEqual(len(answer["suggestions"]), 1)
        s = answer["suggestions"][0]
        self.assertIsInstance(s["hyperparameters"]["x"], (int, float))
        self.assertIn(s["hyperparameters"]["opt"], ("adam", "sgd"))
        self.assertEqual(answer["status"], "InProgress")
        self.assertEqual(self.client.report_metrics(job_id, s["trialId"], s["lease"], {"loss": 2.0}, step=0)["shouldStop"], False)
        self.assertIn("shouldStop", self.client.heartbeat(job_id, s["trialId"], s["lease"]))
        done = self.client.report_result(job_id, s["trialId"], s["lease"], value=1.5, metrics={"acc": 0.5})
        self.assertEqual(done["status"], "Completed")
        self.assertEqual(done["objective"], 1.5)
        trial = self.client.trial(job_id, s["trialId"])
        self.assertEqual(trial["status"], "Completed")
        self.assertEqual([p["value"] for p in trial["metrics"]["loss"]][0], 2.0)
        best = self.client.best(job_id)
        self.assertEqual((best["trialId"], best["objective"]), (s["trialId"], 1.5))
        self.assertEqual([t["trialId"] for t in self.client.trials(job_id) if t["status"] == "Completed"], [s["trialId"]])

    def test_update_stop_wait_delete(self) -> None:
        job_id = self.client.submit(external_spec("client-lifecycle"))
        self.client.update(job_id, max_trials=9, max_parallel_trials=3)
        limits = self.client.get(job_id)["limits"]
        self.assertEqual((limits["maxTrials"], limits["maxParallelTrials"]), (9, 3))
        with self.assertRaises(ValueError):
            self.client.update(job_id)
        with self.assertRaises(HyperfleetError) as bad:
            self.client.update(job_id, max_trials=0)
        self.assertEqual(bad.exception.status, 400)
        self.assertFalse(bad.exception.retryable)
        with self.assertRaises(HyperfleetError) as active:
            self.client.delete(job_id)
        self.assertEqual((active.exception.status, active.exception.code), (409, "JOB_ACTIVE"))
        with self.assertRaises(TimeoutError):
            self.client.wait(job_id, timeout=0.5, poll_seconds=0.1, progress=False)
        self.client.stop(job_id)
        shown = io.StringIO()
        final = self.client.wait(job_id, timeout=30, poll_seconds=0.2, progress=True, stream=shown)
        self.assertEqual(final["status"], "Stopped")
        self.assertIn("\r" + job_id, shown.getvalue())
        self.assertTrue(shown.getvalue().endswith("\n"))
        self.assertIsNotNone(final["endedAt"])
        self.client.delete(job_id)
        with self.assertRaises(NotFoundError) as gone:
            self.client.get(job_id)
        self.assertEqual(gone.exception.status, 404)
        self.assertNotIn(job_id, [j["jobId"] for j in self.client.list()])

    def test_a_rejected_spec_names_every_problem(self) -> None:
        spec = external_spec("client-bad")
        spec["objective"] = {"metric": "loss", "type": "minimise"}
        spec["limits"] = {"maxTrials": 2, "maxParalelTrials": 1}
        with self.assertRaises(SpecError) as caught:
            self.client.submit(spec)
        err = caught.exception
        self.assertEqual(err.status, 400)
        fields = sorted(p["field"] for p in err.problems)
        self.assertIn("objective.type", fields)
        self.assertIn("limits.maxParalelTrials", fields)
        self.assertIn("minimize", str(err))  # the suggestion reaches the message

    def test_unknown_job_and_unreachable_coordinator(self) -> None:
        with self.assertRaises(NotFoundError) as caught:
            self.client.get("no-such-job-1")
        self.assertEqual((caught.exception.code, caught.exception.status, caught.exception.retryable), ("JOB_NOT_FOUND", 404, False))
        # A port nothing listens on: the error names the URL and may be retried.
        import socket

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        with self.assertRaises(CoordinatorUnreachable) as down:
            Client(f"http://127.0.0.1:{port}").list()
        self.assertIn(f"http://127.0.0.1:{port}/v1/jobs", str(down.exception))
        self.assertTrue(down.exception.retryable)
        self.assertIsNone(down.exception.status)

    def test_suggestions_refuse_a_worker_job(self) -> None:
        job_id = self.client.submit(
            {
                "name": "client-process",
                "objective": {"metric": "loss", "type": "minimize"},
                "parameters": {"x": {"type": "continuous", "min": 0, "max": 1}},
                "limits": {"maxTrials": 1},
                "training": {"runtime": "process", "command": [PYTHON, "-c", 'print(\'HYPERFLEET_METRIC {"metrics": {"loss": 1}}\')']},
            }
        )
        with self.assertRaises(HyperfleetError) as caught:
            self.client.suggest(job_id)
        self.assertEqual((caught.exception.status, caught.exception.code), (409, "JOB_NOT_EXTERNAL"))
        with self.assertRaises(HyperfleetError) as load:
            hyperfleet.Study.load(self.client, job_id)
        self.assertEqual(load.exception.code, "JOB_NOT_EXTERNAL")
        self.assertEqual(self.client.wait(job_id, timeout=60, poll_seconds=0.2)["status"], "Completed")

    def test_job_files(self) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            spec = external_spec("client-file")
            spec["training"] = {
                "runtime": "process",
                "command": [PYTHON, "./train.py", "--flag"],
                "dataChannels": [{"name": "train", "path": "../data"}],
            }
            path = os.path.join(tmp, "job.json")
            with open(path, "w") as f:
                json.dump(spec, f)
            os.makedirs(os.path.join(os.path.dirname(tmp), "data"), exist_ok=True)
            read = hyperfleet._jobfile.read_job_file(path)
            self.assertEqual(read["training"]["command"], [PYTHON, os.path.join(tmp, "train.py"), "--flag"])
            self.assertEqual(read["training"]["dataChannels"][0]["path"], os.path.join(os.path.dirname(tmp), "data"))

            yaml_path = os.path.join(tmp, "job.yaml")
            with open(yaml_path, "w") as f:
                f.write(
                    "name: client-yaml\nobjective: {metric: loss, type: minimize}\nstrategy: random\n"
                    "parameters:\n  x: {type: continuous, min: 0, max: 1}\nlimits: {maxTrials: 2}\ntraining: {runtime: external}\n"
                )
            # Without PyYAML: only JSON, and the error says so.
            real = sys.modules.get("yaml")
            sys.modules["yaml"] = None  # type: ignore[assignment]
            try:
                with self.assertRaises(HyperfleetError) as caught:
                    self.client.submit(yaml_path)
                self.assertIn("PyYAML is not installed", str(caught.exception))
                json_id = self.client.submit(path)
            finally:
                if real is None:
                    del sys.modules["yaml"]
                else:
                    sys.modules["yaml"] = real
            self.assertEqual(self.client.get(json_id)["spec"]["training"]["command"][1], os.path.join(tmp, "train.py"))
            self.client.stop(json_id)
            try:
                import yaml  # noqa: F401
            except ImportError:
                return  # PyYAML is not installed here: the JSON path above is the whole story
            yaml_id = self.client.submit(yaml_path)
            self.assertEqual(self.client.get(yaml_id)["name"], "client-yaml")
            self.client.stop(yaml_id)

    def test_trials_dataframe(self) -> None:
        job_id = self.client.submit(external_spec("client-frame"))
        try:
            import pandas  # noqa: F401
        except ImportError:
            with self.assertRaisesRegex(ImportError, "needs pandas, which is not installed: python3 -m pip install pandas"):
                self.client.trials_dataframe(job_id)
            return
        s = self.client.suggest(job_id, wait_seconds=10)["suggestions"][0]
        self.client.report_result(job_id, s["trialId"], s["lease"], value=0.5)
        frame = self.client.trials_dataframe(job_id)
        self.assertIn("params_x", frame.columns)
        self.assertEqual(frame.loc[s["trialId"], "objective"], 0.5)


class TokenTests(ServeTestCase):
    token = "s3cret-token"

    def test_the_token_is_sent(self) -> None:
        self.assertIsInstance(self.client.list(), list)
        with self.assertRaises(HyperfleetError) as caught:
            Client(self.serve.url).list()
        self.assertEqual(caught.exception.status, 401)
        with self.assertRaises(HyperfleetError) as wrong:
            Client(self.serve.url, token="nope").list()
        self.assertEqual(wrong.exception.status, 401)
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            job_id = self.client.submit(external_spec("client-token"))
        self.assertEqual(self.client.get(job_id)["status"], "InProgress")


if __name__ == "__main__":
    unittest.main()
