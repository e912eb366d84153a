"""Model comparison for the churn-snapshots task.

Holds out 25% of customers, scored on their Jul-Sep snapshots, and compares a
handful of model families on that test set. The winner is refitted on all
labelled rows and used for predictions.csv.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
from sklearn.base import clone
from sklearn.compose import make_column_transformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from xgboost import XGBClassifier

TARGET = "churned_next_month"
NUM = ["tenure_months", "monthly_spend", "logins_30d", "support_tickets_30d", "days_since_last_login"]
CAT = ["plan", "region"]
SEED = 0


def preprocessor(scale: bool):
    num_steps = [SimpleImputer(strategy="median")] + ([StandardScaler()] if scale else [])
    return make_column_transformer(
        (make_pipeline(*num_steps), NUM),
        (OneHotEncoder(handle_unknown="ignore", sparse_output=False), CAT),
    )


CANDIDATES = {
    "dummy_prior": make_pipeline(preprocessor(False), DummyClassifier(strategy="prior")),
    "logreg": make_pipeline(preprocessor(True), LogisticRegression(C=1.0, max_iter=2000)),
    "random_forest": make_pipeline(preprocessor(False), RandomForestClassifier(n_estimators=300, min_samples_leaf=10, n_jobs=-1, random_state=SEED)),
    "hist_gb": make_pipeline(preprocessor(False), HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=SEED)),
    "xgboost": make_pipeline(preprocessor(False), XGBClassifier(n_estimators=400, max_depth=4, learning_rate=0.05, subsample=0.8, random_state=SEED)),
}


def customer_time_split(df: pd.DataFrame, cutoff: str, share: float, seed: int):
    rng = np.random.default_rng(seed)
    cust = df["customer_id"].unique()
    test_cust = rng.choice(cust, size=int(share * len(cust)), replace=False)
    in_test = df["customer_id"].isin(test_cust)
    after = df["snapshot_month"] >= pd.Timestamp(cutoff)
    return df[~in_test & ~after], df[in_test & after]


def main() -> None:
    labelled = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
    unlabelled = pd.read_csv("test.csv", parse_dates=["snapshot_month"])

    train_df, test_df = customer_time_split(labelled, "2024-07-01", 0.25, SEED)
    X_train, y_train = train_df[NUM + CAT], train_df[TARGET]
    X_test, y_test = test_df[NUM + CAT], test_df[TARGET]
    print(f"train={len(train_df)} test={len(test_df)}")

    scores: dict[str, dict[str, float]] = {}
    for name, est in CANDIDATES.items():
        fitted = clone(est).fit(X_train, y_train)
        p = fitted.predict_proba(X_test)[:, 1]
        scores[name] = {"roc_auc": roc_auc_score(y_test, p), "avg_precision": average_precision_score(y_test, p)}

    table = pd.DataFrame(scores).T.sort_values("roc_auc", ascending=False)
    print(table.round(4))
    best = table.index[0]
    print(f"selected model: {best}, test ROC AUC = {table.loc[best, 'roc_auc']:.4f}")

    final = clone(CANDIDATES[best]).fit(labelled[NUM + CAT], labelled[TARGET])
    pred = final.predict_proba(unlabelled[NUM + CAT])[:, 1]
    pd.DataFrame({"snapshot_id": unlabelled["snapshot_id"], "prediction": pred}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
