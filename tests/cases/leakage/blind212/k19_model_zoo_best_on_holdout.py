"""
churn-snapshots take-home: small model zoo.

Holdout = Jul-Sep snapshots of customers with no snapshot before July
(the real test set is Oct-Dec, other customers). Train = Jan-Jun.
"""
import time
import warnings

import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import ExtraTreesClassifier, HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from lightgbm import LGBMClassifier

warnings.filterwarnings("ignore")

TARGET = "churned_next_month"
NUM = ["monthly_charges", "tenure_months", "usage_hours", "support_tickets", "payment_failures"]
CAT = ["plan"]


def split_holdout(df, start="2024-07-01"):
    ts = pd.to_datetime(df["snapshot_month"])
    tr = df[ts < start]
    ho = df[(ts >= start) & ~df["customer_id"].isin(tr["customer_id"])]
    return tr, ho


def preprocessor(scale=True):
    num_steps = [SimpleImputer(strategy="median")]
    if scale:
        num_steps.append(StandardScaler())
    return make_column_transformer(
        (make_pipeline(*num_steps), NUM),
        (OneHotEncoder(handle_unknown="ignore"), CAT),
    )


def zoo():
    return {
        "dummy_prior": make_pipeline(preprocessor(), DummyClassifier(strategy="prior")),
        "logreg": make_pipeline(preprocessor(), LogisticRegression(max_iter=3000, class_weight="balanced")),
        "rf": make_pipeline(
            preprocessor(scale=False),
            RandomForestClassifier(n_estimators=400, min_samples_leaf=10, class_weight="balanced", n_jobs=-1, random_state=0),
        ),
        "extra_trees": make_pipeline(
            preprocessor(scale=False),
            ExtraTreesClassifier(n_estimators=400, min_samples_leaf=10, class_weight="balanced", n_jobs=-1, random_state=0),
        ),
        "hgb": make_pipeline(preprocessor(scale=False), HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=0)),
        "lgbm": make_pipeline(
            preprocessor(scale=False),
            LGBMClassifier(n_estimators=500, learning_rate=0.03, num_leaves=15, is_unbalance=True, verbose=-1, random_state=0),
        ),
    }


def main():
    df = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    tr, ho = split_holdout(df)
    print(f"train {tr.shape}  holdout {ho.shape}  holdout churners {int(ho[TARGET].sum())}")

    X_tr, y_tr = tr[NUM + CAT], tr[TARGET]
    X_ho, y_ho = ho[NUM + CAT], ho[TARGET]

    rows = []
    fitted = {}
    for name, model in zoo().items():
        t0 = time.time()
        model.fit(X_tr, y_tr)
        p = model.predict_proba(X_ho)[:, 1]
        rows.append({"model": name, "roc_auc": roc_auc_score(y_ho, p), "pr_auc": average_precision_score(y_ho, p),
                     "secs": time.time() - t0})
        fitted[name] = model
    board = pd.DataFrame(rows).sort_values("pr_auc", ascending=False).reset_index(drop=True)
    print(board.round(4).to_string())

    best_name = board.loc[0, "model"]
    best = fitted[best_name]
    p_best = best.predict_proba(X_ho)[:, 1]
    print(f"\nselected model: {best_name}")
    print(f"holdout ROC AUC = {roc_auc_score(y_ho, p_best):.4f}")
    print(f"holdout PR AUC  = {average_precision_score(y_ho, p_best):.4f}")
    lift = average_precision_score(y_ho, p_best) / max(y_ho.mean(), 1e-9)
    print(f"lift over base rate (PR AUC / prevalence) = {lift:.2f}x")

    final = zoo()[best_name].fit(df[NUM + CAT], df[TARGET])
    pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": final.predict_proba(test[NUM + CAT])[:, 1]}).to_csv(
        "predictions.csv", index=False
    )


if __name__ == "__main__":
    main()
