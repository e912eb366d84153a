"""What a candidate downloads, and the hidden labels kept apart from it."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .datasets import TaskData, csv_bytes, dataset_generate
from .tasks import TaskSpec, task_get

BUNDLE_FILES = ("brief.md", "task.json", "train.csv", "test.csv")
PREDICTION_COLUMN = "prediction"


def task_data(*, task: TaskSpec) -> TaskData:
    return dataset_generate(generator=task.dataset.generator, seed=task.dataset.seed, size=task.dataset.size)


def task_json(*, task: TaskSpec) -> dict[str, Any]:
    """The contract's task.json; context keys the task does not declare are absent."""
    if task.is_classification:
        meaning = "probability of the positive class (target = 1), between 0 and 1"
    else:
        meaning = "the predicted value of the target"
    document: dict[str, Any] = {"slug": task.slug, **task.context(), "metric": task.metric,
                                "time_box_minutes": task.time_box_minutes}
    document["submission"] = {
        "predictions_file": "predictions.csv",
        "columns": [task.id_column, PREDICTION_COLUMN],
        "one_row_per": f"{task.id_column} of test.csv",
        "prediction": meaning,
        "code": "one .py, one .ipynb, or a .zip with main.py; run with the bundle files in its working "
                "directory, without network access, it writes predictions.csv there",
        "memo": "markdown",
        "metrics": "optional JSON object of scikit-learn scorer names to numbers, e.g. "
                   f'{{"{task.metric if task.is_classification else "neg_root_mean_squared_error"}": 0.0}}',
    }
    return document


def _resolve(task: TaskSpec | str) -> TaskSpec:
    return task if isinstance(task, TaskSpec) else task_get(task)


def bundle_write(slug: TaskSpec | str, out_dir: str | Path, *, size: int | None = None,
                 data: TaskData | None = None) -> list[Path]:
    """Write brief.md, task.json, train.csv and test.csv into ``out_dir``; never the labels."""
    task = _resolve(slug).with_size(size)
    data = data if data is not None else task_data(task=task)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    contents = {
        "brief.md": task.brief.encode("utf-8"),
        "task.json": (json.dumps(task_json(task=task), indent=2) + "\n").encode("utf-8"),
        "train.csv": csv_bytes(data.train),
        "test.csv": csv_bytes(data.test),
    }
    written = []
    for name in BUNDLE_FILES:
        path = out / name
        path.write_bytes(contents[name])
        written.append(path)
    return written


def hidden_labels_write(slug: TaskSpec | str, path: str | Path, *, size: int | None = None,
                        data: TaskData | None = None) -> Path:
    """Write the holdout labels (id, target) to ``path``, readable by the owner only."""
    task = _resolve(slug).with_size(size)
    data = data if data is not None else task_data(task=task)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch(mode=0o600, exist_ok=True)
    path.chmod(0o600)
    path.write_bytes(csv_bytes(data.labels))
    return path
