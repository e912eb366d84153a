import json
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.metrics import accuracy_score

task = json.loads(Path("task.json").read_text())
TARGET = task["target"]
MONTH = task["time_column"]
CUSTOMER = task["group_column"]
SNAP_ID = task["id_column"]
NOT_FEATURES = {TARGET, MONTH, CUSTOMER, SNAP_ID, *task.get("leaky_columns", [])}


def load():
    tr = pd.read_csv("train.csv")
    te = pd.read_csv("test.csv")
    for d in (tr, te):
        d[MONTH] = pd.PeriodIndex(d[MONTH], freq="M")
    return tr, te


def featurize(df, columns=None):
    X = df[[c for c in df.columns if c not in NOT_FEATURES]].copy()
    X["autopay"] = X["autopay"].astype(float)
    X["failures_x_charges"] = X["payment_failures_90d"] * X["monthly_charges"]
    X = pd.get_dummies(X, columns=["plan", "region", "contract_type"], dtype=float).fillna(0)
    if columns is not None:
        X = X.reindex(columns=columns, fill_value=0.0)
    return X


def split(df, valid_from="2024-08"):
    valid_from = pd.Period(valid_from, freq="M")
    first_seen = df.groupby(CUSTOMER)[MONTH].transform("min")
    fit = df[df[MONTH] < valid_from]
    valid = df[(df[MONTH] >= valid_from) & (first_seen >= valid_from)]
    return fit, valid


def main():
    train, test = load()
    print(train.shape, test.shape)
    print(train[TARGET].value_counts(normalize=True).round(3))
    print(train.groupby(MONTH)[CUSTOMER].nunique())

    fit, valid = split(train)
    print(f"fit={len(fit)} valid={len(valid)} valid churn={valid[TARGET].mean():.3f}")
    X_fit = featurize(fit)
    X_val = featurize(valid, X_fit.columns)

    majority = fit[TARGET].mode()[0]
    base_acc = accuracy_score(valid[TARGET], np.full(len(valid), majority))

    model = ExtraTreesClassifier(n_estimators=600, min_samples_leaf=3, class_weight="balanced_subsample",
                                 n_jobs=-1, random_state=1)
    model.fit(X_fit, fit[TARGET])
    acc = accuracy_score(valid[TARGET], model.predict(X_val))
    print(f"majority-class baseline accuracy: {base_acc:.4f}")
    print(f"ExtraTrees accuracy:              {acc:.4f}")

    top = pd.Series(model.feature_importances_, index=X_fit.columns).nlargest(10)
    print(top)

    X_all = featurize(train)
    model.fit(X_all, train[TARGET])
    X_test = featurize(test, X_all.columns)
    pd.DataFrame({SNAP_ID: test[SNAP_ID], "prediction": model.predict_proba(X_test)[:, 1]}).to_csv(
        "predictions.csv", index=False)
    Path("metrics.json").write_text(json.dumps({"accuracy": round(acc, 4)}))


if __name__ == "__main__":
    main()
