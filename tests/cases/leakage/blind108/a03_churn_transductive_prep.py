"""Churn next month: gradient boosting on monthly snapshots.

Validation mirrors the hand-off: test.csv holds later months of other customers, so the
holdout is Jul-Sep 2024 restricted to customers never seen in Jan-Jun.
Unlabelled feature rows from test.csv are available at scoring time and are used, together
with the fitting rows, to fit the imputer and scaler.
"""
import json
import logging

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.preprocessing import OneHotEncoder, StandardScaler

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
log = logging.getLogger("churn")

TASK = json.load(open("task.json"))
TARGET = TASK["target"]
ID = TASK["id_column"]
TIME = TASK["time_column"]
GROUP = TASK["group_column"]
DROP = [TARGET, ID, GROUP, TIME, *TASK.get("leaky_columns", [])]

CAT = ["plan", "region", "payment_method", "contract_type"]
SEED = 7


def load():
    tr = pd.read_csv("train.csv", parse_dates=[TIME])
    te = pd.read_csv("test.csv", parse_dates=[TIME])
    return tr, te


def feature_frame(df):
    X = df.drop(columns=[c for c in DROP if c in df.columns]).copy()
    X["charges_per_tenure"] = X["monthly_charges"] / (X["tenure_months"] + 1)
    X["tickets_flag"] = (X["support_tickets_30d"] > 0).astype(int)
    return X


def build_prep(X):
    num = [c for c in X.columns if c not in CAT]
    return ColumnTransformer([
        ("num", StandardScaler(), num),
        ("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False), CAT),
    ]), num


def fit_predict(X_fit, y_fit, X_unlabelled, X_score):
    prep, num = build_prep(X_fit)
    imp = SimpleImputer(strategy="median")
    pool = pd.concat([X_fit, X_unlabelled], ignore_index=True)
    imp.fit(pool[num])

    def impute(X):
        X = X.copy()
        X[num] = imp.transform(X[num])
        return X

    prep.fit(impute(pool))
    model = HistGradientBoostingClassifier(
        learning_rate=0.05, max_iter=300, max_leaf_nodes=31, l2_regularization=1.0,
        random_state=SEED)
    model.fit(prep.transform(impute(X_fit)), y_fit)
    return model.predict_proba(prep.transform(impute(X_score)))[:, 1]


def main():
    train, test = load()
    log.info("train %s test %s churn rate %.4f", train.shape, test.shape, train[TARGET].mean())

    cutoff = pd.Timestamp("2024-07-01")
    fit = train[train[TIME] < cutoff]
    hold = train[(train[TIME] >= cutoff) & ~train[GROUP].isin(set(fit[GROUP]))]
    log.info("fit %d rows / holdout %d rows (%d customers)", len(fit), len(hold), hold[GROUP].nunique())

    X_fit, X_hold, X_test = feature_frame(fit), feature_frame(hold), feature_frame(test)
    y_fit, y_hold = fit[TARGET].values, hold[TARGET].values

    p_hold = fit_predict(X_fit, y_fit, X_test, X_hold)
    prior = DummyClassifier(strategy="prior").fit(X_fit, y_fit).predict_proba(X_hold)[:, 1]

    metrics = {
        "roc_auc": roc_auc_score(y_hold, p_hold),
        "average_precision": average_precision_score(y_hold, p_hold),
        "baseline_roc_auc": roc_auc_score(y_hold, prior),
        "baseline_average_precision": average_precision_score(y_hold, prior),
    }
    for k, v in metrics.items():
        log.info("%-28s %.4f", k, v)

    X_all = feature_frame(train)
    p_test = fit_predict(X_all, train[TARGET].values, X_test, X_test)
    pd.DataFrame({ID: test[ID], "prediction": p_test}).to_csv("predictions.csv", index=False)
    with open("metrics.json", "w") as f:
        json.dump({"roc_auc": round(metrics["roc_auc"], 4)}, f)
    log.info("wrote predictions.csv (%d rows)", len(test))


if __name__ == "__main__":
    main()
