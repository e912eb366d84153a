"""churn-snapshots submission.

Many engineered ratios -> keep the k most informative by mutual information,
then HistGradientBoosting (selection + model in one Pipeline). Holdout = Jul-Sep snapshots of customers first seen
in Jul-Sep (no customer overlap with the Jan-Jun fit rows).
"""
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline

task = json.load(open("task.json"))
TARGET, ID, LEAKY = task["target"], task["id_column"], task["leaky_columns"]

train = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])


def engineer(d):
    d = d.copy()
    eps = 1.0
    d["has_discount"] = d["has_discount"].astype(int)
    d["days_since_last_login"] = d["days_since_last_login"].fillna(90)
    d["logins_30d"] = d["logins_30d"].fillna(0)
    d["charge_per_login"] = d["monthly_charges"] / (d["logins_30d"] + eps)
    d["tickets_per_login"] = d["support_tickets_30d"] / (d["logins_30d"] + eps)
    d["failures_per_tenure"] = d["payment_failures_90d"] / (d["tenure_months"] + eps)
    d["login_recency_ratio"] = d["days_since_last_login"] / (d["tenure_months"] * 30 + eps)
    d["charges_sq"] = d["monthly_charges"] ** 2
    d["tenure_log"] = np.log1p(d["tenure_months"])
    d["any_ticket"] = (d["support_tickets_30d"] > 0).astype(int)
    d["any_failure"] = (d["payment_failures_90d"] > 0).astype(int)
    d["dormant"] = (d["days_since_last_login"] > 21).astype(int)
    d["discount_x_failures"] = d["has_discount"] * d["payment_failures_90d"]
    return pd.get_dummies(d, columns=["plan", "region"], dtype=int)


tr_all = engineer(train)
te_all = engineer(test)
candidates = [c for c in tr_all.columns
              if c not in [TARGET, ID, "customer_id", "snapshot_month"] + LEAKY]
te_all = te_all.reindex(columns=[ID] + candidates, fill_value=0)
print(len(candidates), "candidate features")

cut = pd.Timestamp("2024-07-01")
fit_rows = tr_all[tr_all.snapshot_month < cut]
hold_rows = tr_all[(tr_all.snapshot_month >= cut) & ~tr_all.customer_id.isin(fit_rows.customer_id)]



def make_model():
    # selection lives inside the pipeline, so it only ever sees the rows it is fitted on
    return Pipeline([
        ("select", SelectKBest(mutual_info_classif, k=12)),
        ("hgb", HistGradientBoostingClassifier(max_iter=250, learning_rate=0.05, max_depth=5,
                                               l2_regularization=1.0, random_state=0)),
    ])


model = make_model().fit(fit_rows[candidates], fit_rows[TARGET])
selected = [c for c, keep in zip(candidates, model.named_steps["select"].get_support()) if keep]
print("selected on fit rows:", selected)
dummy = DummyClassifier(strategy="prior").fit(fit_rows[candidates], fit_rows[TARGET])

out = {}
for name, m in {"dummy": dummy, "hgb": model}.items():
    p = m.predict_proba(hold_rows[candidates])[:, 1]
    out[name] = (roc_auc_score(hold_rows[TARGET], p), average_precision_score(hold_rows[TARGET], p))
    print(f"{name}: ROC AUC {out[name][0]:.4f} | PR AUC {out[name][1]:.4f}")

final = make_model().fit(tr_all[candidates], tr_all[TARGET])
pd.DataFrame({ID: te_all[ID], "prediction": final.predict_proba(te_all[candidates])[:, 1]}) \
    .to_csv("predictions.csv", index=False)
json.dump({"roc_auc": out["hgb"][0], "average_precision": out["hgb"][1]}, open("metrics.json", "w"))
