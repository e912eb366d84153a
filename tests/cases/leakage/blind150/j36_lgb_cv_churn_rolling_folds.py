# churn-snapshots take-home
# LightGBM, model selection with lgb.cv on rolling out-of-time folds, final fit on all labelled snapshots.
import json

import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import roc_auc_score

with open("task.json") as fh:
    task = json.load(fh)
TARGET = task["target"]
TIME = task["time_column"]
GROUP = task["group_column"]
ID = task["id_column"]
LEAKY = task["leaky_columns"]

df = pd.read_csv("train.csv", parse_dates=[TIME]).sort_values([TIME, GROUP]).reset_index(drop=True)
test = pd.read_csv("test.csv", parse_dates=[TIME])

print("rows per month")
print(df[TIME].value_counts().sort_index())
print("positive share", round(df[TARGET].mean(), 4))


def features(frame: pd.DataFrame) -> pd.DataFrame:
    X = pd.DataFrame(index=frame.index)
    X["tenure_months"] = frame["tenure_months"]
    X["monthly_charges"] = frame["monthly_charges"]
    X["has_discount"] = frame["has_discount"]
    X["logins_30d"] = frame["logins_30d"]
    X["days_since_last_login"] = frame["days_since_last_login"]
    X["support_tickets_30d"] = frame["support_tickets_30d"]
    X["payment_failures_90d"] = frame["payment_failures_90d"]
    X["plan"] = frame["plan"].astype("category")
    X["region"] = frame["region"].astype("category")
    X["low_engagement"] = ((frame["logins_30d"] < 3) & (frame["days_since_last_login"] > 10)).astype(int)
    X["charges_per_tenure"] = frame["monthly_charges"] / (frame["tenure_months"] + 1)
    return X


X = features(df)
y = df[TARGET]
assert not set(X.columns) & set(LEAKY + [TARGET, ID, GROUP])

base = {
    "objective": "binary",
    "metric": "auc",
    "learning_rate": 0.03,
    "feature_fraction": 0.8,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "scale_pos_weight": 5.0,
    "verbose": -1,
    "seed": 1,
}
grid = [{"num_leaves": nl, "min_data_in_leaf": md} for nl in (15, 31, 63) for md in (50, 200)]


def rolling_folds(frame: pd.DataFrame, first_months=("2024-05-01", "2024-06-01", "2024-07-01", "2024-08-01", "2024-09-01")):
    """Fit on every month before m, evaluate on month m restricted to customers not seen before m
    (test.csv is later months of other customers)."""
    folds = []
    for m in pd.to_datetime(list(first_months)):
        fit_idx = np.flatnonzero(frame[TIME] < m)
        seen = set(frame.loc[frame[TIME] < m, GROUP])
        eval_idx = np.flatnonzero((frame[TIME] == m) & ~frame[GROUP].isin(seen))
        folds.append((fit_idx, eval_idx))
    return folds


FOLDS = rolling_folds(df)
for i, (a, b) in enumerate(FOLDS):
    print(f"fold {i}: fit {len(a)} rows, eval {len(b)} rows, eval churn {y.iloc[b].mean():.3f}")

dset = lgb.Dataset(X, y, free_raw_data=False)
results = []
for g in grid:
    res = lgb.cv({**base, **g}, dset, num_boost_round=3000, folds=FOLDS,
                 callbacks=[lgb.early_stopping(100, verbose=False)])
    auc = res["valid auc-mean"][-1]
    results.append((auc, len(res["valid auc-mean"]), g))
    print(f"{g}  cv auc={auc:.4f}  rounds={len(res['valid auc-mean'])}")

best_auc, best_rounds, best_g = max(results, key=lambda r: r[0])
rule = X["days_since_last_login"] + 5 * X["payment_failures_90d"]
rule_auc = np.mean([roc_auc_score(y.iloc[b], rule.iloc[b]) for _, b in FOLDS])
print(f"rule baseline (inactivity + failures) AUC: {rule_auc:.4f}")
print(f"best lgb config {best_g}: cv AUC {best_auc:.4f}, {best_rounds} rounds")

model = lgb.train({**base, **best_g}, dset, num_boost_round=best_rounds)
pred = model.predict(features(test))
pd.DataFrame({ID: test[ID], "prediction": pred}).to_csv("predictions.csv", index=False)
print("wrote", len(pred), "predictions")
