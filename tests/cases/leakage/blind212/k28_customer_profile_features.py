"""
Churn snapshots - customer-profile features + LightGBM.

A single month is noisy; what matters is how a customer behaves *relative to their
own normal*. So for every snapshot I add the customer's typical usage / tickets /
charges and the deviation of this month from it.

Evaluation: train Jan-Jun, evaluate Jul-Sep on customers whose first snapshot is
in Jul-Sep (test.csv customers are unseen, later months). Baseline: prior dummy.
"""
import numpy as np
import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "churned_next_month"
BEHAVIOUR = ["usage_hours", "support_tickets", "payment_failures", "monthly_charges"]


def profile_features(df: pd.DataFrame) -> pd.DataFrame:
    df = df.sort_values(["customer_id", "snapshot_month"]).copy()
    g = df.groupby("customer_id")
    for col in BEHAVIOUR:
        df[f"{col}_cust_mean"] = g[col].transform("mean")
        df[f"{col}_cust_std"] = g[col].transform("std").fillna(0)
        df[f"{col}_dev"] = df[col] - df[f"{col}_cust_mean"]
    df["tickets_cust_max"] = g["support_tickets"].transform("max")
    df["n_snapshots"] = g["snapshot_id"].transform("count")
    df["usage_trend"] = g["usage_hours"].transform(lambda s: np.polyfit(np.arange(len(s)), s.fillna(0), 1)[0] if len(s) > 1 else 0.0)
    return df


def feature_list(df: pd.DataFrame) -> list:
    base = ["monthly_charges", "tenure_months", "usage_hours", "support_tickets", "payment_failures"]
    extra = [c for c in df.columns if c.endswith(("_cust_mean", "_cust_std", "_dev"))]
    return base + extra + ["tickets_cust_max", "n_snapshots", "usage_trend", "plan"]


train = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])

train = profile_features(train)
test = profile_features(test)
for frame in (train, test):
    frame["plan"] = frame["plan"].astype("category")

FEATS = feature_list(train)
print(len(FEATS), "features")

cut = pd.Timestamp("2024-07-01")
first_seen = train.groupby("customer_id")["snapshot_month"].transform("min")
tr = train[train["snapshot_month"] < cut]
ev = train[(train["snapshot_month"] >= cut) & (first_seen >= cut)]
assert not set(tr["customer_id"]) & set(ev["customer_id"])
print("train rows", len(tr), "eval rows", len(ev), "eval churn", round(ev[TARGET].mean(), 4))

lgbm = LGBMClassifier(
    n_estimators=700,
    learning_rate=0.02,
    num_leaves=24,
    min_child_samples=60,
    feature_fraction=0.7,
    bagging_fraction=0.8,
    bagging_freq=1,
    is_unbalance=True,
    random_state=5,
    verbose=-1,
)
lgbm.fit(tr[FEATS], tr[TARGET])
dummy = DummyClassifier(strategy="prior").fit(tr[FEATS], tr[TARGET])

for label, est in [("prior dummy", dummy), ("lgbm", lgbm)]:
    p = est.predict_proba(ev[FEATS])[:, 1]
    print(f"{label:12s} ROC-AUC {roc_auc_score(ev[TARGET], p):.4f} | PR-AUC {average_precision_score(ev[TARGET], p):.4f}")

top = pd.Series(lgbm.booster_.feature_importance("gain"), index=FEATS).nlargest(12)
print(top.round(1))

lgbm.fit(train[FEATS], train[TARGET])
test["prediction"] = lgbm.predict_proba(test[FEATS])[:, 1]
test[["snapshot_id", "prediction"]].to_csv("predictions.csv", index=False)
print("predictions.csv written")
