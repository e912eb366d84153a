"""Churn take-home: prior baseline, logistic regression and gradient boosting.

Column roles come from task.json. Run from the bundle directory; writes
predictions.csv (and metrics.json with the validation AUC of the submitted model).
"""
import json

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

CUTOFF = "2024-07-01"
SUBMITTED = "hgb"  # decided before looking at validation numbers; logreg is for reference


def load_task(path="task.json"):
    with open(path) as f:
        return json.load(f)


def load_data(task):
    tcol = task["time_column"]
    train = pd.read_csv("train.csv", parse_dates=[tcol])
    test = pd.read_csv("test.csv", parse_dates=[tcol])
    return train, test


def feature_columns(df, task):
    excluded = {task["target"], task["id_column"], task["time_column"], task["group_column"]}
    return [c for c in df.columns if c not in excluded]


def time_customer_split(df, task, cutoff=CUTOFF):
    """Train on months before the cutoff; validate on later months of customers never seen in training."""
    t, g = task["time_column"], task["group_column"]
    past = df[df[t] < cutoff]
    future = df[df[t] >= cutoff]
    future = future[~future[g].isin(past[g].unique())]
    return past, future


def build_preprocessor(X):
    cat_cols = [c for c in X.columns if X[c].dtype == object]
    num_cols = [c for c in X.columns if c not in cat_cols]
    numeric = Pipeline([("impute", SimpleImputer(strategy="median")), ("scale", StandardScaler())])
    return ColumnTransformer([
        ("num", numeric, num_cols),
        ("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False), cat_cols),
    ])


def make_models(X):
    return {
        "baseline_prior": DummyClassifier(strategy="prior"),
        "logreg": Pipeline([
            ("prep", build_preprocessor(X)),
            ("clf", LogisticRegression(max_iter=2000, C=0.5, class_weight="balanced")),
        ]),
        "hgb": Pipeline([
            ("prep", build_preprocessor(X)),
            ("clf", HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05,
                                                   l2_regularization=1.0, random_state=0)),
        ]),
    }


def evaluate(models, X_tr, y_tr, X_va, y_va):
    rows = []
    for name, model in models.items():
        model.fit(X_tr, y_tr)
        p = model.predict_proba(X_va)[:, 1]
        rows.append({
            "model": name,
            "roc_auc": roc_auc_score(y_va, p),
            "avg_precision": average_precision_score(y_va, p),
            "brier": brier_score_loss(y_va, p),
        })
    return pd.DataFrame(rows).set_index("model")


def main():
    task = load_task()
    train, test = load_data(task)
    target, id_col = task["target"], task["id_column"]
    feats = feature_columns(train, task)
    print("features:", feats)

    past, future = time_customer_split(train, task)
    print(f"train rows {len(past)}, validation rows {len(future)} "
          f"({future[task['group_column']].nunique()} customers, churn {future[target].mean():.3f})")

    report = evaluate(make_models(train[feats]), past[feats], past[target], future[feats], future[target])
    print(report.round(4))

    final = make_models(train[feats])[SUBMITTED]
    final.fit(train[feats], train[target])
    pred = final.predict_proba(test[feats])[:, 1]
    out = pd.DataFrame({id_col: test[id_col], "prediction": np.clip(pred, 0, 1)})
    out.to_csv("predictions.csv", index=False)
    with open("metrics.json", "w") as f:
        json.dump({"roc_auc": round(float(report.loc[SUBMITTED, "roc_auc"]), 4)}, f)
    print("wrote", len(out), "predictions")


if __name__ == "__main__":
    main()
