"""The take-home task catalogue, read from ``cases/takehome_tasks.yaml``."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from .datasets import GENERATORS

TASKS_PATH = Path(__file__).resolve().parent.parent / "takehome_tasks.yaml"

CLASSIFICATION_METRICS = ("roc_auc", "average_precision", "accuracy", "f1")
REGRESSION_METRICS = ("rmse", "mae")
CONTEXT_KEYS = ("target", "time_column", "group_column", "leaky_columns", "id_column", "positive_rate")


class UnknownTask(KeyError):
    """No task with this slug in the catalogue."""

    def __init__(self, slug: str, known: list[str]):
        self.slug = slug
        self.known = known
        super().__init__(slug)

    def __str__(self) -> str:
        return f"unknown take-home task {self.slug!r}; known tasks: {', '.join(self.known) or '(none)'}"


@dataclass(frozen=True)
class DatasetSpec:
    generator: str
    seed: int
    size: int


@dataclass(frozen=True)
class RerunBounds:
    cpu_seconds: int = 300
    memory_mb: int = 3072
    processes: int = 64
    wall_seconds: int = 600
    output_mb: int = 64


@dataclass(frozen=True)
class TaskSpec:
    slug: str
    title: str
    case_study: str
    brief: str
    time_box_minutes: int
    link_valid_days: int
    max_submissions: int
    dimensions: tuple[str, ...]
    dataset: DatasetSpec
    target: str
    metric: str
    id_column: str
    honest_ceiling: float
    claim_tolerance: float
    rerun: RerunBounds = field(default_factory=RerunBounds)
    time_column: str | None = None
    group_column: str | None = None
    leaky_columns: tuple[str, ...] = ()
    positive_rate: float | None = None

    @property
    def is_classification(self) -> bool:
        return self.metric in CLASSIFICATION_METRICS

    def context(self) -> dict[str, Any]:
        """The contract's context keys; a key the task does not declare is absent."""
        values = {
            "target": self.target,
            "time_column": self.time_column,
            "group_column": self.group_column,
            "leaky_columns": list(self.leaky_columns) or None,
            "id_column": self.id_column,
            "positive_rate": self.positive_rate,
        }
        return {key: value for key, value in values.items() if value is not None}

    def with_size(self, size: int | None) -> "TaskSpec":
        """The same task on a data set of another size (smaller bundles for tests and demos)."""
        if size is None or size == self.dataset.size:
            return self
        return dataclasses.replace(self, dataset=dataclasses.replace(self.dataset, size=int(size)))

    def with_rerun(self, **bounds: int) -> "TaskSpec":
        return dataclasses.replace(self, rerun=dataclasses.replace(self.rerun, **bounds))


def _task_from_dict(raw: dict[str, Any]) -> TaskSpec:
    slug = raw.get("slug", "?")
    required = ("slug", "title", "case_study", "brief", "time_box_minutes", "link_valid_days", "max_submissions",
                "dimensions", "dataset", "target", "metric", "context", "honest_ceiling", "claim_tolerance")
    missing = [key for key in required if key not in raw]
    if missing:
        raise ValueError(f"task {slug!r} in {TASKS_PATH.name} lacks {', '.join(missing)}")
    context = dict(raw["context"])
    if "id_column" not in context:
        raise ValueError(f"task {slug!r}: context.id_column is required")
    unknown = set(context) - set(CONTEXT_KEYS)
    if unknown:
        raise ValueError(f"task {slug!r}: unknown context keys {sorted(unknown)}")
    if raw["metric"] not in CLASSIFICATION_METRICS + REGRESSION_METRICS:
        raise ValueError(f"task {slug!r}: metric {raw['metric']!r} is not one of "
                         f"{', '.join(CLASSIFICATION_METRICS + REGRESSION_METRICS)}")
    dataset = DatasetSpec(**raw["dataset"])
    if dataset.generator not in GENERATORS:
        raise ValueError(f"task {slug!r}: unknown data set generator {dataset.generator!r}")
    return TaskSpec(
        slug=raw["slug"], title=raw["title"], case_study=raw["case_study"], brief=raw["brief"],
        time_box_minutes=int(raw["time_box_minutes"]), link_valid_days=int(raw["link_valid_days"]),
        max_submissions=int(raw["max_submissions"]), dimensions=tuple(raw["dimensions"]), dataset=dataset,
        target=raw["target"], metric=raw["metric"], id_column=context["id_column"],
        honest_ceiling=float(raw["honest_ceiling"]), claim_tolerance=float(raw["claim_tolerance"]),
        rerun=RerunBounds(**raw.get("rerun", {})), time_column=context.get("time_column"),
        group_column=context.get("group_column"), leaky_columns=tuple(context.get("leaky_columns") or ()),
        positive_rate=context.get("positive_rate"),
    )


@lru_cache(maxsize=4)
def _catalogue(path: Path = TASKS_PATH) -> dict[str, TaskSpec]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    tasks: dict[str, TaskSpec] = {}
    for item in raw.get("tasks", []):
        task = _task_from_dict(item)
        if task.slug in tasks:
            raise ValueError(f"task {task.slug!r} appears twice in {path.name}")
        tasks[task.slug] = task
    return tasks


def task_list() -> list[TaskSpec]:
    return list(_catalogue().values())


def task_get(slug: str) -> TaskSpec:
    tasks = _catalogue()
    try:
        return tasks[slug]
    except KeyError:
        raise UnknownTask(slug, sorted(tasks)) from None


def task_context(slug: str) -> dict[str, Any]:
    """The analysis context of a task (``analyze_code --task SLUG``)."""
    return task_get(slug).context()
