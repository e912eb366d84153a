"""Snapshot churn: CatBoost with native categoricals.

usage: python b11_churn_catboost_dataclass.py [--iterations 800]
"""
from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from catboost import CatBoostClassifier
from sklearn.metrics import roc_auc_score, average_precision_score


@dataclass
class Task:
    target: str
    time_column: str
    group_column: str
    id_column: str
    leaky_columns: list = field(default_factory=list)
    metric: str = "roc_auc"

    @classmethod
    def from_json(cls, path: str | Path) -> "Task":
        raw = json.loads(Path(path).read_text())
        keys = cls.__dataclass_fields__.keys()
        return cls(**{k: v for k, v in raw.items() if k in keys})


CAT_FEATURES = ["plan", "region", "contract_type"]


def feature_columns(df: pd.DataFrame, task: Task) -> list[str]:
    skip = {task.target, task.id_column, task.group_column, task.time_column}
    return [c for c in df.columns if c not in skip]


def validation_split(df: pd.DataFrame, task: Task, first_valid_month: str):
    month = pd.to_datetime(df[task.time_column]).dt.to_period("M").astype(str)
    early = df[month < first_valid_month]
    late = df[month >= first_valid_month]
    late = late[~late[task.group_column].isin(early[task.group_column].unique())]
    return early, late


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--iterations", type=int, default=800)
    ap.add_argument("--first-valid-month", default="2024-08")
    args = ap.parse_args()

    task = Task.from_json("task.json")
    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    print(f"train {train.shape}, test {test.shape}, churn rate {train[task.target].mean():.3%}")

    early, late = validation_split(train, task, args.first_valid_month)
    print(f"train part {len(early)} rows / {early[task.group_column].nunique()} customers; "
          f"valid part {len(late)} rows / {late[task.group_column].nunique()} customers")

    feats = feature_columns(train, task)
    print("features:", feats)

    model = CatBoostClassifier(iterations=args.iterations, depth=6, learning_rate=0.05,
                               loss_function="Logloss", eval_metric="AUC",
                               auto_class_weights="Balanced", random_seed=3, verbose=200)
    model.fit(early[feats], early[task.target], cat_features=CAT_FEATURES)
    p_late = model.predict_proba(late[feats])[:, 1]

    # baseline: each plan's churn rate in the training part
    plan_rate = early.groupby("plan")[task.target].mean()
    p_base = late["plan"].map(plan_rate).fillna(early[task.target].mean())

    metrics = {
        "roc_auc": roc_auc_score(late[task.target], p_late),
        "average_precision": average_precision_score(late[task.target], p_late),
        "baseline_roc_auc": roc_auc_score(late[task.target], p_base),
    }
    for k, v in metrics.items():
        print(f"{k:>20}: {v:.4f}")

    print(model.get_feature_importance(prettified=True).head(10))

    final = CatBoostClassifier(iterations=args.iterations, depth=6, learning_rate=0.05,
                               loss_function="Logloss", auto_class_weights="Balanced",
                               random_seed=3, verbose=0)
    final.fit(train[feats], train[task.target], cat_features=CAT_FEATURES)
    out = pd.DataFrame({task.id_column: test[task.id_column],
                        "prediction": final.predict_proba(test[feats])[:, 1]})
    out.to_csv("predictions.csv", index=False)
    Path("metrics.json").write_text(json.dumps({"roc_auc": round(metrics["roc_auc"], 4)}))


if __name__ == "__main__":
    main()
