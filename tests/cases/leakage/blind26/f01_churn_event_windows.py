"""Next-month churn model built from monthly snapshots and the raw event log.

Each snapshot gets login / ticket / payment counts over trailing windows that
end the day before the snapshot date.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

DATA = "data"
WINDOWS = (30, 90, 180)
CUTOFF = pd.Timestamp("2023-07-01")

snap = pd.read_csv(f"{DATA}/snapshots.csv", parse_dates=["snapshot_month"])
events = pd.read_csv(f"{DATA}/events.csv", parse_dates=["event_ts"])
print(snap.shape, events.shape)

keys = snap[["snapshot_id", "customer_id", "snapshot_month"]]
pairs = keys.merge(events, on="customer_id", how="inner")
pairs = pairs[pairs["event_ts"] < pairs["snapshot_month"]]
pairs["age_days"] = (pairs["snapshot_month"] - pairs["event_ts"]).dt.days


def window_counts(p, days):
    w = p[p["age_days"] <= days]
    counts = w.pivot_table(index="snapshot_id", columns="event_type",
                           values="age_days", aggfunc="count", fill_value=0)
    counts.columns = [f"n_{c}_{days}d" for c in counts.columns]
    paid = (w[w["event_type"] == "payment"]
            .groupby("snapshot_id")["amount"].sum()
            .rename(f"paid_{days}d"))
    return counts.join(paid, how="outer")


feats = pd.concat([window_counts(pairs, d) for d in WINDOWS], axis=1)
recency = (pairs[pairs["event_type"] == "login"]
           .groupby("snapshot_id")["age_days"].min()
           .rename("days_since_login"))
feats = feats.join(recency, how="outer")

df = snap.merge(feats, left_on="snapshot_id", right_index=True, how="left")
count_cols = [c for c in feats.columns if c.startswith(("n_", "paid_"))]
df[count_cols] = df[count_cols].fillna(0)
df["days_since_login"] = df["days_since_login"].fillna(999)
df["login_trend"] = df["n_login_30d"] / (df["n_login_90d"] / 3 + 1)

df = pd.get_dummies(df, columns=["plan_type", "region"], dtype=float)
static = ["monthly_fee", "tenure_months", "n_products"]
dummies = [c for c in df.columns if c.startswith(("plan_type_", "region_"))]
FEATURES = static + dummies + count_cols + ["days_since_login", "login_trend"]
TARGET = "churned_next_month"

train = df[df["snapshot_month"] < CUTOFF]
test = df[df["snapshot_month"] >= CUTOFF]
seen = set(train["customer_id"])
test = test[~test["customer_id"].isin(seen)]
print(f"train rows={len(train)}, unseen-customer test rows={len(test)}")

model = lgb.LGBMClassifier(
    n_estimators=400, learning_rate=0.03, num_leaves=31,
    min_child_samples=50, subsample=0.8, subsample_freq=1,
    colsample_bytree=0.8, random_state=7,
)
model.fit(train[FEATURES], train[TARGET])
proba = model.predict_proba(test[FEATURES])[:, 1]

prior = DummyClassifier(strategy="prior").fit(train[FEATURES], train[TARGET])
prior_proba = prior.predict_proba(test[FEATURES])[:, 1]

print("prior   ROC AUC %.3f  PR AUC %.3f" % (roc_auc_score(test[TARGET], prior_proba),
                                            average_precision_score(test[TARGET], prior_proba)))
print("lgbm    ROC AUC %.3f  PR AUC %.3f" % (roc_auc_score(test[TARGET], proba),
                                            average_precision_score(test[TARGET], proba)))

imp = pd.Series(model.feature_importances_, index=FEATURES).sort_values(ascending=False)
print(imp.head(15))
