"""Churn snapshots -- LightGBM, validated out of time and out of customer.

Run:  python m45_lgbm_out_of_time_customer.py
Writes predictions.csv and metrics.json next to the data.
"""
from __future__ import annotations

import json
from pathlib import Path

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit

HERE = Path(".")
TASK = json.loads((HERE / "task.json").read_text())
TARGET, ID, GROUP, TIME = TASK["target"], TASK["id_column"], TASK["group_column"], TASK["time_column"]
NOT_INPUTS = {TARGET, ID, GROUP, TIME, *TASK["leaky_columns"]}
CUT = pd.Timestamp("2024-07-01")


def featurise(d: pd.DataFrame) -> pd.DataFrame:
    d = d.sort_values([GROUP, TIME]).copy()
    g = d.groupby(GROUP)
    d["logins_prev"] = g["logins_30d"].shift(1)
    d["logins_drop"] = d["logins_prev"] - d["logins_30d"]
    d["tickets_3m"] = g["support_tickets_30d"].transform(lambda s: s.shift(1).rolling(3, min_periods=1).sum())
    d["payment_trouble"] = (d["payment_failures_90d"] > 0).astype(int)
    d["has_discount"] = d["has_discount"].astype(int)
    return pd.get_dummies(d, columns=["plan", "region"], dtype=int).sort_index()


def out_of_time_customer_split(d: pd.DataFrame, seed: int = 0):
    gss = GroupShuffleSplit(n_splits=1, test_size=0.3, random_state=seed)
    a, b = next(gss.split(d, groups=d[GROUP]))
    fit, val = d.iloc[a], d.iloc[b]
    return fit[fit[TIME] < CUT], val[val[TIME] >= CUT]


def main() -> None:
    train = featurise(pd.read_csv(HERE / "train.csv", parse_dates=[TIME]))
    test = featurise(pd.read_csv(HERE / "test.csv", parse_dates=[TIME]))
    cols = [c for c in train.columns if c not in NOT_INPUTS]
    test = test.reindex(columns=[ID] + cols, fill_value=0)

    params = dict(n_estimators=450, learning_rate=0.03, num_leaves=31, min_child_samples=60,
                  colsample_bytree=0.8, subsample=0.8, subsample_freq=1, verbose=-1)

    aucs, aps = [], []
    for seed in range(3):  # three different customer draws for a sense of variance
        fit, val = out_of_time_customer_split(train, seed)
        m = lgb.LGBMClassifier(**params, random_state=seed).fit(fit[cols], fit[TARGET])
        p = m.predict_proba(val[cols])[:, 1]
        aucs.append(roc_auc_score(val[TARGET], p))
        aps.append(average_precision_score(val[TARGET], p))
        print(f"draw {seed}: fit {len(fit)} rows, val {len(val)} rows, AUC {aucs[-1]:.4f}, AP {aps[-1]:.4f}")

    print(f"ROC AUC {np.mean(aucs):.4f} +/- {np.std(aucs):.4f}; AP {np.mean(aps):.4f}")

    final = lgb.LGBMClassifier(**params, random_state=0).fit(train[cols], train[TARGET])
    pd.DataFrame({ID: test[ID], "prediction": final.predict_proba(test[cols])[:, 1]}).to_csv(
        HERE / "predictions.csv", index=False)
    (HERE / "metrics.json").write_text(json.dumps({"roc_auc": round(float(np.mean(aucs)), 4),
                                                   "average_precision": round(float(np.mean(aps)), 4)}))


if __name__ == "__main__":
    main()
