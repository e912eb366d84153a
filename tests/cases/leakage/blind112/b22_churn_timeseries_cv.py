"""Monthly churn snapshots - expanding-window CV (TimeSeriesSplit) and submission."""
import json
import sys

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import TimeSeriesSplit
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

NUMERIC = ["monthly_charges", "tenure_months", "logins_30d", "support_tickets_30d",
           "payment_failures_90d", "discount_pct"]
CATEGORICAL = ["plan", "region", "contract_type", "autopay"]


def build_pipeline(seed=0):
    pre = ColumnTransformer([
        ("num", SimpleImputer(strategy="median"), NUMERIC),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CATEGORICAL),
    ])
    rf = RandomForestClassifier(n_estimators=400, min_samples_leaf=10, class_weight="balanced_subsample",
                                n_jobs=-1, random_state=seed)
    return Pipeline([("pre", pre), ("rf", rf)])


def evaluate(df, target, time_col, n_splits=5):
    df = df.sort_values(time_col).reset_index(drop=True)
    X, y = df[NUMERIC + CATEGORICAL], df[target].to_numpy()
    tscv = TimeSeriesSplit(n_splits=n_splits)
    rows = []
    for k, (tr, va) in enumerate(tscv.split(X)):
        pipe = build_pipeline().fit(X.iloc[tr], y[tr])
        dummy = DummyClassifier(strategy="prior").fit(X.iloc[tr], y[tr])
        rows.append({
            "fold": k,
            "train_until": df[time_col].iloc[tr].max(),
            "valid_months": f"{df[time_col].iloc[va].min()}..{df[time_col].iloc[va].max()}",
            "auc": roc_auc_score(y[va], pipe.predict_proba(X.iloc[va])[:, 1]),
            "auc_dummy": roc_auc_score(y[va], dummy.predict_proba(X.iloc[va])[:, 1]),
        })
    return pd.DataFrame(rows)


def main(task_path="task.json"):
    with open(task_path) as f:
        task = json.load(f)
    target, time_col, id_col = task["target"], task["time_column"], task["id_column"]

    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    print(f"{len(train):,} labelled snapshots, {len(test):,} to score; churn rate {train[target].mean():.3f}")
    print(train[NUMERIC].describe().T[["mean", "std", "min", "max"]])

    folds = evaluate(train, target, time_col)
    print(folds.to_string(index=False))
    cv_auc = float(folds["auc"].iloc[1:].mean())
    print(f"mean AUC (folds 1-4): {cv_auc:.4f}  vs dummy {folds['auc_dummy'].mean():.4f}")

    pipe = build_pipeline().fit(train[NUMERIC + CATEGORICAL], train[target])
    proba = pipe.predict_proba(test[NUMERIC + CATEGORICAL])[:, 1]
    pd.DataFrame({id_col: test[id_col], "prediction": proba}).to_csv("predictions.csv", index=False)
    with open("metrics.json", "w") as f:
        json.dump({"roc_auc": round(cv_auc, 4)}, f)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
