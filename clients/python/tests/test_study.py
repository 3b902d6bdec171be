"""Study against a real coordinator (`hyperfleet serve`): ask/tell, optimize with threads, pruning by
the median rule, lost leases, heartbeats, and the training helpers inside a trial."""

from __future__ import annotations

import os
import random
import threading
import time
import unittest

import hyperfleet
from hyperfleet import LeaseExpiredError, Study, StudyFinished, TrialPruned

from .support import ServeTestCase

SPACE = {"x": (-5.0, 5.0), "n": (1, 8), "opt": ["adam", "sgd"]}


def quad(params) -> float:
    return (params["x"] - 1) ** 2 + 0.1 * params["n"] + (0.5 if params["opt"] == "sgd" else 0.0)


class StudyTests(ServeTestCase):
    workers = 1

    def create(self, name: str, **kw) -> Study:
        args = dict(name=name, space=SPACE, objective=("loss", "minimize"), strategy="random", max_trials=6, max_parallel=2, seed=5)
        args.update(kw)
        args.setdefault("artifacts_dir", os.path.join(self.tmp, name))
        return Study.create(self.client, **args)

    def test_ask_tell_loop(self) -> None:
        study = self.create("ask-tell", max_trials=5, strategy="bayesian", static_hyperparameters={"epochs": 3})
        self.assertEqual((study.metric, study.direction), ("loss", "minimize"))
        told = {}
        while True:
            try:
                trial = study.ask(timeout=30)
            except StudyFinished as end:
                self.assertEqual(end.status, "Completed")
                break
            self.assertEqual(trial.attempt, 1)
            self.assertEqual(trial.static_hyperparameters, {"epochs": "3"})
            self.assertEqual(trial.hyperparameters["epochs"], 3)
            self.assertGreaterEqual(trial.params["x"], -5)
            self.assertIsInstance(trial.params["n"], int)
            self.assertFalse(trial.report(quad(trial.params) + 1, step=0))
            answer = study.tell(trial, quad(trial.params))
            self.assertEqual(answer["status"], "Completed")
            self.assertEqual(trial.state, "completed")
            told[trial.trial_id] = quad(trial.params)
            with self.assertRaises(hyperfleet.HyperfleetError):
                study.tell(trial, 1.0)  # already told
        self.assertEqual(len(told), 5)
        best_id = min(told, key=told.get)
        self.assertEqual(study.best_trial.trial_id, best_id)
        self.assertAlmostEqual(study.best_value, told[best_id])
        self.assertEqual(study.best_params, next(t.params for t in study.trials if t.trial_id == best_id))
        self.assertEqual([t.status for t in study.trials], ["Completed"] * 5)
        job = study.describe()
        self.assertEqual(job["trainingJobStatusCounters"]["Completed"], 5)
        self.assertEqual(study.status, "Completed")
        with self.assertRaises(StudyFinished):
            study.ask(timeout=5)

    def test_tell_failed_pruned_and_by_id(self) -> None:
        study = self.create("tell-states", max_trials=3, max_parallel=3)
        a, b, c = study.ask(timeout=30), study.ask(timeout=30), study.ask(timeout=30)
        self.assertEqual(len({a.trial_id, b.trial_id, c.trial_id}), 3)
        self.assertEqual(study.tell(a, state="failed", error="boom")["status"], "Failed")
        b.report({"loss": 3.0, "acc": 0.1}, step=0)
        self.assertEqual(study.tell(b.trial_id, state="pruned")["status"], "Stopped")
        with self.assertRaisesRegex(ValueError, "needs the objective 'loss'"):
            study.tell(c)  # completed, but nothing says its loss
        self.assertEqual(study.tell(c, {"loss": 0.25, "acc": 0.9})["status"], "Completed")
        by_id = {t.trial_id: t for t in study.trials}
        self.assertEqual((by_id[a.trial_id].status, by_id[b.trial_id].status, by_id[c.trial_id].status), ("Failed", "Stopped", "Completed"))
        self.assertIn("boom", str(by_id[a.trial_id].raw.get("error")))
        self.assertEqual(study.best_value, 0.25)

    def test_optimize_with_threads_counts_every_trial_once(self) -> None:
        n = 16
        study = self.create("optimize-threads", strategy="bayesian", max_trials=n, max_parallel=4)
        seen = []
        lock = threading.Lock()
        running = [0, 0]  # now, most at once

        def objective(trial):
            with lock:
                running[0] += 1
                running[1] = max(running[1], running[0])
            try:
                # The training helpers work through the thread's trial.
                self.assertEqual(hyperfleet.hyperparameters(), trial.params)
                self.assertEqual(hyperfleet.trial_id(), trial.trial_id)
                self.assertTrue(os.path.isdir(hyperfleet.model_dir()))
                for step in range(3):
                    self.assertFalse(hyperfleet.report(step=step, loss=quad(trial.params) + 1.0 / (step + 1)))
                    self.assertFalse(hyperfleet.should_stop())
                time.sleep(random.uniform(0.05, 0.2))
                with lock:
                    seen.append((trial.trial_id, trial.attempt, tuple(sorted(trial.params.items()))))
                return quad(trial.params)
            finally:
                with lock:
                    running[0] -= 1

        started = time.monotonic()
        study.optimize(objective, n_trials=n, n_jobs=4)
        took = time.monotonic() - started
        ids = [s[0] for s in seen]
        self.assertEqual(len(seen), n)
        self.assertEqual(sorted(ids), sorted(set(ids)), "a trial ran twice")
        self.assertEqual(len({s[2] for s in seen}), n, "two trials got the same parameters")
        self.assertEqual({s[1] for s in seen}, {1})
        self.assertGreater(running[1], 1, "the threads never ran trials at once")
        job = study.describe()
        counters = job["trainingJobStatusCounters"]
        self.assertEqual(counters["Completed"], n, counters)
        self.assertEqual(sum(counters.values()), n, counters)
        self.assertEqual(job["status"], "Completed")
        listed = study.trials
        self.assertEqual(sorted(t.trial_id for t in listed), sorted(ids))
        for t in listed:
            self.assertAlmostEqual(t.value, quad(t.params))
        self.assertLess(took, 60)

    def test_several_objectives_and_a_constraint_give_a_pareto_front(self) -> None:
        study = Study.create(
            self.client,
            name="pareto",
            space={"x": (0.0, 2.0)},
            objectives=[("loss", "minimize"), ("cost", "minimize")],
            constraints=[{"metric": "size", "max": 1.5}],
            max_trials=10,
            max_parallel=2,
            seed=3,
            artifacts_dir=os.path.join(self.tmp, "pareto"),
        )

        def objective(trial):
            x = trial.params["x"]
            return {"loss": x * x, "cost": (x - 1) ** 2, "size": x}

        study.optimize(objective, n_jobs=2)
        trials = [t for t in study.trials if t.status == "Completed"]
        self.assertEqual(len(trials), 10)
        for t in trials:
            self.assertEqual(t.values, [t.params["x"] ** 2, (t.params["x"] - 1) ** 2])
            self.assertEqual(t.feasible, t.params["x"] <= 1.5)
        feasible = [t for t in trials if t.feasible]

        def beats(a, b):
            return all(u <= v for u, v in zip(a, b)) and any(u < v for u, v in zip(a, b))

        brute = [t.trial_id for t in feasible if not any(beats(u.values, t.values) for u in feasible if u is not t)]
        self.assertEqual([t.trial_id for t in study.pareto_front], brute)
        self.assertTrue(brute)
        with self.assertRaisesRegex(ValueError, "several objectives"):
            study.best_trial
        with self.assertRaisesRegex(ValueError, "objectives= or objective="):
            Study.create(self.client, name="both", space={"x": (0.0, 1.0)}, objective=("a", "minimize"), objectives=[("b", "minimize")])

    def test_optimize_until_the_job_ends(self) -> None:
        study = self.create("optimize-to-end", max_trials=5, max_parallel=2)
        count = []
        study.optimize(lambda t: count.append(t.trial_id) or quad(t.params), n_jobs=3)
        self.assertEqual(len(count), 5)
        self.assertEqual(study.status, "Completed")

    def test_an_exception_fails_its_trial_and_is_raised_after_the_others(self) -> None:
        study = self.create("optimize-raises", max_trials=8, max_parallel=2)
        calls = []

        def objective(trial):
            calls.append(trial.trial_id)
            if len(calls) == 3:
                raise KeyError("bad luck")
            time.sleep(0.05)
            return quad(trial.params)

        with self.assertRaises(KeyError):
            study.optimize(objective, n_jobs=2)
        trials = {t.trial_id: t for t in study.trials}
        self.assertEqual(trials[calls[2]].status, "Failed")
        self.assertIn("KeyError", str(trials[calls[2]].raw.get("error")))
        self.assertLess(len(calls), 8)
        self.assertFalse([t for t in trials.values() if t.status == "Running"], "a trial was left running")

        # With catch=, the failure is logged and the rest run.
        caught = self.create("optimize-catch", max_trials=4, max_parallel=1)
        with self.assertLogs("hyperfleet", level="WARNING"):
            caught.optimize(lambda t: 1 / 0 if t.trial_id == 1 else quad(t.params), catch=(ZeroDivisionError,))
        statuses = sorted(t.status for t in caught.trials)
        self.assertEqual(statuses, ["Completed", "Completed", "Completed", "Failed"])

    def test_trial_pruned_ends_it_stopped(self) -> None:
        study = self.create("optimize-pruned", max_trials=3, max_parallel=1)

        def objective(trial):
            trial.report(5.0, step=0)
            if trial.trial_id == 1:
                raise TrialPruned()
            return quad(trial.params)

        study.optimize(objective)
        self.assertEqual(sorted((t.trial_id, t.status) for t in study.trials), [(0, "Completed"), (1, "Stopped"), (2, "Completed")])

    def test_pruning_by_the_median_rule(self) -> None:
        study = self.create("pruning", max_trials=14, max_parallel=1, early_stopping=True, seed=11)
        told_to_stop = {}

        def objective(trial):
            base = quad(trial.params)
            for step in range(5):
                if trial.report(base + 1.0 / (step + 1), step=step):
                    told_to_stop[trial.trial_id] = (step, trial.stop_reason)
                    raise TrialPruned()
            return base + 0.2

        study.optimize(objective)
        self.assertTrue(told_to_stop, "the median rule stopped no trial")
        trials = {t.trial_id: t for t in study.trials}
        for trial_id, (_step, reason) in told_to_stop.items():
            self.assertEqual(trials[trial_id].status, "Stopped")
            self.assertTrue(trials[trial_id].early_stopped, trials[trial_id].raw)
            self.assertEqual(reason, "early-stopped")
        self.assertEqual(study.describe()["spec"]["earlyStopping"], "auto")
        self.assertEqual(len(trials), 14)
        self.assertEqual(sum(1 for t in trials.values() if t.status == "Completed") + len(told_to_stop), 14)

    def test_a_lost_lease_is_an_error_and_the_trial_comes_back_while_heartbeats_keep_one(self) -> None:
        study = self.create("leases", max_trials=2, max_parallel=2)
        trial = study.ask(timeout=30, lease_seconds=5)  # no report, no heartbeat: it will run out
        kept = study.ask(timeout=30, lease_seconds=5, heartbeat=True)  # heartbeats every 5/3 s
        self.assertEqual((trial.attempt, kept.attempt), (1, 1))
        time.sleep(max(0.0, max(trial.lease_expires_unix_ms, kept.lease_expires_unix_ms) / 1000 - time.time()) + 1.5)

        with self.assertRaises(LeaseExpiredError) as caught:
            trial.report(1.0, step=0)
        self.assertEqual((caught.exception.code, caught.exception.status, caught.exception.retryable), ("LEASE_EXPIRED", 409, False))
        self.assertEqual(trial.state, "lost")
        self.assertTrue(trial.should_prune())
        with self.assertRaises(LeaseExpiredError):
            trial.report(1.0, step=1)  # known lost: no request needed

        self.assertFalse(kept.report(2.0, step=0), "the heartbeats did not keep the lease")
        self.assertEqual(study.tell(kept, 2.0)["status"], "Completed")

        again = study.ask(timeout=30)
        self.assertEqual((again.trial_id, again.attempt), (trial.trial_id, 2))
        with self.assertRaises(LeaseExpiredError):
            self.client.report_result(study.job_id, trial.trial_id, trial.lease, value=1.0)  # the old lease stays dead
        self.assertEqual(study.tell(again, 0.5)["status"], "Completed")
        detail = self.client.trial(study.job_id, trial.trial_id)
        self.assertEqual((detail["attempt"], detail["status"]), (2, "Completed"))
        self.assertEqual(self.client.trial(study.job_id, kept.trial_id)["attempt"], 1)

    def test_optimize_runs_a_trial_again_after_its_lease_was_lost(self) -> None:
        study = self.create("optimize-lost-lease", max_trials=1, max_parallel=1)
        runs = []

        def objective(trial):
            runs.append((trial.trial_id, trial.attempt))
            if trial.attempt == 1:
                trial.stop_heartbeat()  # as if this process hung: the lease runs out
                time.sleep(max(0.0, trial.lease_expires_unix_ms / 1000 - time.time()) + 1.5)
            return quad(trial.params)

        with self.assertLogs("hyperfleet", level="WARNING") as logs:
            study.optimize(objective, lease_seconds=5)
        self.assertEqual(runs, [(0, 1), (0, 2)])
        self.assertTrue(any("lost its lease" in line for line in logs.output), logs.output)
        (only,) = study.trials
        self.assertEqual((only.status, only.attempt), ("Completed", 2))

    def test_two_studies_share_a_job_and_a_stop_reaches_the_trials(self) -> None:
        first = self.create("shared", max_trials=20, max_parallel=2)
        second = Study.load(self.client, first.job_id)
        self.assertEqual((second.metric, second.direction), ("loss", "minimize"))
        a, b = first.ask(timeout=30), second.ask(timeout=30)
        self.assertNotEqual(a.trial_id, b.trial_id)
        first.tell(a, 1.0)
        first.stop()
        self.assertTrue(b.report(2.0, step=0), "a stopped job's trial was not told to stop")
        self.assertEqual(b.stop_reason, "job stopped")
        second.tell(b, state="stopped")
        self.assertEqual(first.wait(timeout=30, poll_seconds=0.2)["status"], "Stopped")
        with self.assertRaises(StudyFinished):
            second.ask(timeout=5)
        second.optimize(lambda t: 1.0)  # nothing to do: returns at once


class Objectives(unittest.TestCase):
    def test_objective_forms(self) -> None:
        from hyperfleet.study import _objective_of

        self.assertEqual(_objective_of(("acc", "maximize"), None, None), ("acc", "maximize"))
        self.assertEqual(_objective_of("acc", None, "maximize"), ("acc", "maximize"))
        self.assertEqual(_objective_of("maximize", "acc", None), ("acc", "maximize"))
        self.assertEqual(_objective_of(None, "loss", None), ("loss", "minimize"))
        self.assertEqual(_objective_of(None, None, None), ("objective", "minimize"))
        with self.assertRaises(ValueError):
            _objective_of(("acc", "maximize"), "acc", None)
        with self.assertRaises(ValueError):
            _objective_of("acc", None, "up")

    def test_space_shorthands(self) -> None:
        space = hyperfleet.space.normalize_space(
            {
                "x": (-1.0, 1.0),
                "n": (1, 8),
                "opt": ["a", "b"],
                "lr": hyperfleet.continuous(1e-4, 1, log=True),
                "raw": {"type": "integer", "min": 0, "max": 3},
            }
        )
        self.assertEqual(space["x"], {"type": "continuous", "min": -1.0, "max": 1.0})
        self.assertEqual(space["n"], {"type": "integer", "min": 1, "max": 8})
        self.assertEqual(space["opt"], {"type": "categorical", "values": ["a", "b"]})
        self.assertEqual(space["lr"], {"type": "continuous", "min": 1e-4, "max": 1.0, "scaling": "log"})
        self.assertEqual(space["raw"], {"type": "integer", "min": 0, "max": 3})
        with self.assertRaises(ValueError):
            hyperfleet.space.normalize_space({"x": 3})


if __name__ == "__main__":
    unittest.main()
