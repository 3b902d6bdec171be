"""Tune train.py's MLP from this process with hyperfleet.Study: the coordinator (here `hyperfleet serve`)
suggests the trials, 4 threads run them, the median rule prunes the poor ones.

    node packages/cli/dist/main.js serve --http 127.0.0.1:8080 --dir /tmp/hf-serve &     # (pnpm hyperfleet serve)
    /usr/bin/python3 examples/python-sklearn/tune_with_study.py --url http://127.0.0.1:8080
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import train as digits  # noqa: E402  (train.py beside this file; it also makes hyperfleet importable)

import hyperfleet  # noqa: E402
from hyperfleet import Client, Study  # noqa: E402


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--url", default=os.environ.get("HYPERFLEET_COORDINATOR_URL", "http://127.0.0.1:8080"))
    p.add_argument("--token", default=os.environ.get("HYPERFLEET_TOKEN"))
    p.add_argument("--trials", type=int, default=24)
    p.add_argument("--jobs", type=int, default=4, help="threads running trials at once")
    p.add_argument("--epochs", type=int, default=15)
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    study = Study.create(
        Client(args.url, token=args.token),
        name="sklearn-digits-study",
        space=digits.SPACE,
        objective=(digits.OBJECTIVE, "maximize"),
        strategy="bayesian",
        max_trials=args.trials,
        max_parallel=args.jobs,
        early_stopping=True,  # the median rule: a report's answer says when to stop
        static_hyperparameters={"epochs": args.epochs},
        seed=args.seed,  # trials' model.pkl files go under ./hyperfleet-runs/<job id>/trials/
    )
    print(f"job {study.job_id} on {args.url}")

    def objective(trial: hyperfleet.Trial) -> float:
        # hyperparameters() and report() inside train() go through this trial.
        return digits.train(hyperfleet.hyperparameters(digits.DEFAULTS), verbose=False)

    started = time.monotonic()
    study.optimize(objective, n_jobs=args.jobs)
    took = time.monotonic() - started

    trials = study.trials
    by_status: dict = {}
    for t in trials:
        by_status[t.status] = by_status.get(t.status, 0) + 1
    pruned = sum(1 for t in trials if t.early_stopped)
    print(f"{len(trials)} trials in {took:.1f} s: {by_status} ({pruned} pruned by the median rule)")
    best = study.best_trial
    print(f"best: trial {best.trial_id}, {digits.OBJECTIVE} = {best.value:.4f}")
    print(f"best params: {study.best_params}")


if __name__ == "__main__":
    main()
