# churn-snapshots take-home -- LightGBM with importance-based feature pruning
#
# 1. build a wide set of engineered features (stateless, row-wise)
# 2. drop features with negligible split gain
# 3. out-of-time / new-customer evaluation, early stopping on an inner split of the same kind
import json

import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import roc_auc_score, average_precision_score

TASK = json.load(open("task.json"))
TARGET, TIME, GROUP, ID = TASK["target"], TASK["time_column"], TASK["group_column"], TASK["id_column"]
EXCLUDE = {TARGET, TIME, GROUP, ID, *TASK["leaky_columns"]}

df = pd.read_csv("train.csv", parse_dates=[TIME])
test = pd.read_csv("test.csv", parse_dates=[TIME])


def widen(d: pd.DataFrame) -> pd.DataFrame:
    d = d.copy()
    d["plan"] = d["plan"].astype("category")
    d["region"] = d["region"].astype("category")
    d["month"] = d[TIME].dt.month
    d["charges_per_login"] = d["monthly_charges"] / (d["logins_30d"] + 1)
    d["tickets_per_login"] = d["support_tickets_30d"] / (d["logins_30d"] + 1)
    d["inactive_2w"] = (d["days_since_last_login"] >= 14).astype(int)
    d["inactive_4w"] = (d["days_since_last_login"] >= 28).astype(int)
    d["new_customer"] = (d["tenure_months"] <= 2).astype(int)
    d["tenure_years"] = d["tenure_months"] // 12
    d["discount_x_failures"] = d["has_discount"] * d["payment_failures_90d"]
    d["failures_sq"] = d["payment_failures_90d"] ** 2
    d["login_decay"] = d["logins_30d"] * np.exp(-d["days_since_last_login"].fillna(30) / 10)
    return d


df = widen(df)
test = widen(test)
ALL = [c for c in df.columns if c not in EXCLUDE]

BASE = dict(objective="binary", metric="auc", learning_rate=0.05, num_leaves=31, min_data_in_leaf=50,
            feature_fraction=0.8, bagging_fraction=0.8, bagging_freq=1, scale_pos_weight=5.0, verbose=-1)

# ---- 2. pruning by gain -------------------------------------------------------------------
probe = lgb.train(BASE, lgb.Dataset(df[ALL], df[TARGET]), num_boost_round=300)
gain = pd.Series(probe.feature_importance("gain"), index=ALL)
gain = gain / gain.sum()
FEATS = gain[gain > 0.005].index.tolist()
print("dropped:", sorted(set(ALL) - set(FEATS)))


# ---- 3. evaluation -------------------------------------------------------------------------
def later_unseen(d, cut):
    cut = pd.Timestamp(cut)
    a = d[d[TIME] < cut]
    b = d[(d[TIME] >= cut) & ~d[GROUP].isin(a[GROUP].unique())]
    return a, b


dev, hold = later_unseen(df, "2024-08-01")
fit, es = later_unseen(dev, "2024-06-01")
d_fit = lgb.Dataset(fit[FEATS], fit[TARGET])
d_es = lgb.Dataset(es[FEATS], es[TARGET], reference=d_fit)
model = lgb.train(BASE, d_fit, num_boost_round=3000, valid_sets=[d_es], valid_names=["es"],
                  callbacks=[lgb.early_stopping(100), lgb.log_evaluation(0)])

p = model.predict(hold[FEATS], num_iteration=model.best_iteration)
base_auc = roc_auc_score(hold[TARGET], -hold["logins_30d"])
print(f"baseline (fewer logins = riskier) AUC {base_auc:.4f}")
print(f"lightgbm AUC {roc_auc_score(hold[TARGET], p):.4f}  AP {average_precision_score(hold[TARGET], p):.4f}")
print("best iteration", model.best_iteration)

pd.DataFrame({ID: test[ID], "prediction": model.predict(test[FEATS], num_iteration=model.best_iteration)}).to_csv(
    "predictions.csv", index=False)
