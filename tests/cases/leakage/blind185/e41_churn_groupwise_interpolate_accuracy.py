# churn_model.py - take-home submission
#
# - monthly_spend / logins_30d have missing months; I interpolate within each
#   customer's history so the series stay smooth
# - holdout: Jul-Sep snapshots of a random 20% of customers (their Jan-Jun rows are
#   discarded, the other 80% of customers only contribute Jan-Jun rows)
# - ExtraTrees vs majority-class baseline

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.metrics import accuracy_score

SEED = 17
TARGET = "churned_next_month"
SERIES = ["monthly_spend", "logins_30d"]
FEATURES = [
    "tenure_months", "monthly_spend", "logins_30d", "support_tickets_30d",
    "days_since_last_login", "plan_basic", "plan_premium", "spend_change",
]


def smooth_series(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.sort_values(["customer_id", "snapshot_month"]).copy()
    frame[SERIES] = frame.groupby("customer_id")[SERIES].transform(lambda s: s.interpolate())
    frame[SERIES] = frame[SERIES].fillna(0)
    frame["spend_change"] = frame.groupby("customer_id")["monthly_spend"].diff().fillna(0)
    return frame


def encode(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.copy()
    frame["plan_basic"] = (frame["plan"] == "basic").astype(int)
    frame["plan_premium"] = (frame["plan"] == "premium").astype(int)
    frame["support_tickets_30d"] = frame["support_tickets_30d"].fillna(0)
    frame["days_since_last_login"] = frame["days_since_last_login"].fillna(45)
    return frame


def load(path):
    frame = pd.read_csv(path)
    frame["snapshot_month"] = pd.to_datetime(frame["snapshot_month"])
    return encode(smooth_series(frame))


df = load("train.csv")

rng = np.random.RandomState(SEED)
customers = df["customer_id"].drop_duplicates().to_numpy()
holdout_customers = set(rng.choice(customers, size=len(customers) // 5, replace=False))
is_holdout_customer = df["customer_id"].isin(holdout_customers)
july = pd.Timestamp("2024-07-01")

train = df[~is_holdout_customer & (df["snapshot_month"] < july)]
hold = df[is_holdout_customer & (df["snapshot_month"] >= july)]
print(f"train={len(train)} holdout={len(hold)} holdout churn={hold[TARGET].mean():.3f}")

baseline = DummyClassifier(strategy="most_frequent").fit(train[FEATURES], train[TARGET])
trees = ExtraTreesClassifier(
    n_estimators=500, min_samples_leaf=5, max_features=0.6,
    class_weight="balanced", n_jobs=-1, random_state=SEED,
)
trees.fit(train[FEATURES], train[TARGET])

for name, clf in [("majority baseline", baseline), ("extra trees", trees)]:
    acc = accuracy_score(hold[TARGET], clf.predict(hold[FEATURES]))
    print(f"{name:<18} accuracy = {acc:.4f}")

trees.fit(df[FEATURES], df[TARGET])
test = load("test.csv")
pd.DataFrame({
    "snapshot_id": test["snapshot_id"],
    "prediction": trees.predict_proba(test[FEATURES])[:, 1],
}).to_csv("predictions.csv", index=False)
