"""Train an MLP on scikit-learn's handwritten digits (bundled with sklearn: no download) and report the
validation accuracy after every epoch with hyperfleet.

One function, three ways to run it:

* alone:            /usr/bin/python3 examples/python-sklearn/train.py            (the defaults below)
* by a worker:      hyperfleet tune examples/python-sklearn/job.yaml             (training.runtime: process)
* in a Study:       /usr/bin/python3 examples/python-sklearn/tune_with_study.py  (Study.optimize calls train())

The hyperfleet helpers find their setting themselves: under a worker they read the hyperparameters
file and append to HYPERFLEET_METRICS_FILE, inside Study.optimize they go through the current trial,
alone they use the defaults and report nothing. The worker puts clients/python on PYTHONPATH, so
``import hyperfleet`` needs no install there; run alone, this file finds it in the checkout.
"""

from __future__ import annotations

import os
import pickle
import sys
import warnings
from typing import Any, Dict

try:
    import hyperfleet
except ImportError:  # run alone from a checkout, not installed
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "clients", "python"))
    import hyperfleet

#: What a run without Hyperfleet uses; also the type each hyperparameter is read as.
DEFAULTS: Dict[str, Any] = {
    "learning_rate": 0.01,
    "hidden_units": 64,
    "alpha": 1e-4,
    "batch_size": 32,
    "epochs": 15,
}

#: The search space, in the job spec's form (job.yaml says the same in YAML).
SPACE: Dict[str, Any] = {
    "learning_rate": {"type": "continuous", "min": 1e-4, "max": 0.3, "scaling": "log"},
    "hidden_units": {"type": "integer", "min": 8, "max": 256, "scaling": "log"},
    "alpha": {"type": "continuous", "min": 1e-6, "max": 1e-1, "scaling": "log"},
    "batch_size": {"type": "integer", "min": 8, "max": 128, "scaling": "log"},
}

OBJECTIVE = "validation:accuracy"


def load_data(seed: int = 0):
    """The 1,797 8x8 digit images, scaled to [0, 1], split 75/25 (the same split in every trial)."""
    from sklearn.datasets import load_digits
    from sklearn.model_selection import train_test_split

    x, y = load_digits(return_X_y=True)
    return train_test_split(x / 16.0, y, test_size=0.25, random_state=seed, stratify=y)


def train(hp: Dict[str, Any], verbose: bool = True) -> float:
    """Train for ``hp["epochs"]`` epochs, reporting after each; the last validation accuracy.

    Stops early when Hyperfleet says so (the median rule, a stopped job): ``report()`` answers True, or
    ``hyperfleet.should_stop()`` (the worker's SIGTERM). ``verbose`` prints a line per epoch.
    """
    import numpy as np
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.metrics import log_loss
    from sklearn.neural_network import MLPClassifier

    x_train, x_val, y_train, y_val = load_data()
    classes = np.unique(y_train)
    model = MLPClassifier(
        hidden_layer_sizes=(int(hp["hidden_units"]),),
        learning_rate_init=float(hp["learning_rate"]),
        alpha=float(hp["alpha"]),
        batch_size=int(hp["batch_size"]),
        random_state=0,
    )
    accuracy = 0.0
    for epoch in range(int(hp["epochs"])):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)
            model.partial_fit(x_train, y_train, classes=classes)  # one pass over the training set
        accuracy = float(model.score(x_val, y_val))
        val_loss = float(log_loss(y_val, model.predict_proba(x_val), labels=classes))
        stop = hyperfleet.report({OBJECTIVE: accuracy, "validation:loss": val_loss, "train:loss": float(model.loss_)}, step=epoch)
        if verbose:
            print(f"epoch {epoch}: val_accuracy={accuracy:.4f} val_loss={val_loss:.4f}", flush=True)
        if stop or hyperfleet.should_stop():
            if verbose:
                print(f"stopped by Hyperfleet after epoch {epoch}", flush=True)
            break
    with open(os.path.join(hyperfleet.model_dir(), "model.pkl"), "wb") as f:
        pickle.dump(model, f)
    return accuracy


if __name__ == "__main__":
    hyperfleet.install_stop_handler()  # a stop arrives as SIGTERM: let should_stop() see it
    params = hyperfleet.hyperparameters(DEFAULTS)
    print(f"hyperparameters: {params}", flush=True)
    print(f"final val_accuracy={train(params):.4f}")
