"""Tasks, seeded data sets and bundles."""
import json
import stat
from io import StringIO

import numpy as np
import pandas as pd
import pytest

from cases.takehome.bundle import BUNDLE_FILES, bundle_write, hidden_labels_write, task_json
from cases.takehome.datasets import csv_bytes, dataset_generate
from cases.takehome.scoring import holdout_score
from cases.takehome.tasks import UnknownTask, task_context, task_get, task_list


def test_catalogue_has_the_two_tasks_with_their_contract_fields():
    tasks = {task.slug: task for task in task_list()}
    assert {"churn-snapshots", "card-fraud"} <= set(tasks)
    churn, fraud = tasks["churn-snapshots"], tasks["card-fraud"]
    assert churn.metric == "roc_auc" and churn.time_column and churn.group_column and churn.leaky_columns
    assert fraud.positive_rate == 0.03 and "chargeback_flag" in fraud.leaky_columns
    for task in tasks.values():
        assert task.case_study == "principal-take-home-baseline-decision-memo"
        assert set(task.dimensions) == {"evaluation-rigor", "craft-reproducibility"}
        assert 0.5 < task.honest_ceiling < 1 and task.claim_tolerance > 0
        assert task.rerun.cpu_seconds > 0 and task.rerun.wall_seconds >= task.rerun.cpu_seconds
        assert "## What to hand in" in task.brief and "Time box" in task.brief


def test_unknown_task_says_which_exist():
    with pytest.raises(UnknownTask, match="known tasks: .*churn-snapshots"):
        task_get("nope")
    with pytest.raises(KeyError):
        task_get("nope")


def test_task_context_omits_undeclared_keys():
    assert task_context("churn-snapshots") == {
        "target": "churned_next_month", "time_column": "snapshot_month", "group_column": "customer_id",
        "leaky_columns": ["retention_offer_accepted", "account_closed_date_known"], "id_column": "snapshot_id",
        "positive_rate": 0.05}
    fraud = task_context("card-fraud")
    assert "time_column" not in fraud and "group_column" not in fraud and fraud["positive_rate"] == 0.03


@pytest.mark.parametrize("generator,size", [("churn_snapshots", 300), ("card_fraud", 2000)])
def test_same_seed_gives_byte_identical_csvs(generator, size):
    a = dataset_generate(generator=generator, seed=5, size=size)
    b = dataset_generate(generator=generator, seed=5, size=size)
    c = dataset_generate(generator=generator, seed=6, size=size)
    for part in ("train", "test", "labels"):
        assert csv_bytes(getattr(a, part)) == csv_bytes(getattr(b, part))
    assert csv_bytes(a.train) != csv_bytes(c.train)


def test_churn_holdout_is_later_and_has_other_customers():
    data = dataset_generate(generator="churn_snapshots", seed=1, size=800)
    assert data.test["snapshot_month"].min() > data.train["snapshot_month"].max()
    assert not set(data.test["customer_id"]) & set(data.train["customer_id"])
    assert "churned_next_month" not in data.test.columns
    assert list(data.labels["snapshot_id"]) == list(data.test["snapshot_id"])
    # A churned customer has no later snapshot.
    full = pd.concat([data.train, data.test.merge(data.labels)])
    last = full.sort_values("snapshot_month").groupby("customer_id").tail(1)
    churned = full[full["churned_next_month"] == 1]
    assert set(churned["snapshot_id"]) <= set(last["snapshot_id"])


def test_fraud_positive_rate_is_about_three_percent():
    data = dataset_generate(generator="card_fraud", seed=2, size=20000)
    y = np.r_[data.train["is_fraud"], data.labels["is_fraud"]]
    # Binomial(20000, 0.03): sd 0.0012; 4 sd either side.
    assert abs(y.mean() - 0.03) < 0.005
    assert not set(data.train["transaction_id"]) & set(data.test["transaction_id"])


@pytest.mark.parametrize("slug", ["churn-snapshots", "card-fraud"])
def test_trap_columns_are_in_train_and_test_and_give_the_label_away(slug):
    task = task_get(slug).with_size(800 if slug == "churn-snapshots" else 8000)
    data = dataset_generate(generator=task.dataset.generator, seed=task.dataset.seed, size=task.dataset.size)
    for column in task.leaky_columns:
        assert column in data.train.columns and column in data.test.columns
    holdout = data.test.merge(data.labels, on=task.id_column)
    trap = holdout[list(task.leaky_columns)].sum(axis=1)
    # The trap columns alone, without any model, beat what the honest features allow.
    assert holdout_score(trap, holdout[task.target], metric=task.metric, n_boot=0)["value"] > task.honest_ceiling


def test_bundle_has_the_public_files_and_never_the_labels(tmp_path):
    task = task_get("churn-snapshots").with_size(200)
    written = bundle_write(task, tmp_path / "b")
    assert sorted(p.name for p in written) == sorted(BUNDLE_FILES)
    test = pd.read_csv(tmp_path / "b" / "test.csv")
    assert task.target not in test.columns
    document = json.loads((tmp_path / "b" / "task.json").read_text())
    assert document == task_json(task=task)
    assert {"slug", "target", "id_column", "metric", "time_column", "group_column", "leaky_columns",
            "positive_rate", "time_box_minutes", "submission"} == set(document)
    assert document["submission"]["columns"] == ["snapshot_id", "prediction"]
    fraud = json.loads(json.dumps(task_json(task=task_get("card-fraud"))))
    assert "time_column" not in fraud and "group_column" not in fraud
    labels = hidden_labels_write(task, tmp_path / "private" / "labels.csv")
    assert stat.S_IMODE(labels.stat().st_mode) == 0o600
    assert list(pd.read_csv(labels).columns) == ["snapshot_id", "churned_next_month"]
    assert list(pd.read_csv(labels)["snapshot_id"]) == list(test["snapshot_id"])


def test_task_bundle_command(tmp_path):
    from django.core.management import CommandError, call_command

    out = StringIO()
    call_command("task_bundle", "--list", stdout=out)
    assert out.getvalue().split() == [t.slug for t in task_list()]
    out = StringIO()
    call_command("task_bundle", "card-fraud", "--out", str(tmp_path / "fraud"), "--size", "500", stdout=out)
    assert sorted(p.name for p in (tmp_path / "fraud").iterdir()) == sorted(BUNDLE_FILES)
    with pytest.raises(CommandError, match="unknown take-home task"):
        call_command("task_bundle", "nope", "--out", str(tmp_path / "x"), stdout=StringIO())
