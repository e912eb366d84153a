"""Hotel cancellation model with a chronological train / validation / test split."""
import numpy as np
import pandas as pd
from catboost import CatBoostClassifier, Pool
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "is_canceled"
CAT_COLS = [
    "hotel", "meal", "country", "market_segment", "distribution_channel",
    "reserved_room_type", "deposit_type", "agent", "customer_type",
]
LEAKY = ["reservation_status", "reservation_status_date"]


def prep(d):
    d = d.drop(columns=[c for c in LEAKY if c in d.columns]).copy()
    d["arrival_month"] = d["arrival_date"].dt.month
    d["arrival_dow"] = d["arrival_date"].dt.dayofweek
    d["total_nights"] = d["stays_in_weekend_nights"] + d["stays_in_week_nights"]
    d["lead_time_log"] = np.log1p(d["lead_time"])
    d["special_requests_any"] = (d["total_of_special_requests"] > 0).astype(int)
    for c in CAT_COLS:
        d[c] = d[c].fillna("NA").astype(str)
    return d


df = prep(pd.read_csv("train.csv", parse_dates=["arrival_date"])).sort_values("arrival_date")
test = prep(pd.read_csv("test.csv", parse_dates=["arrival_date"]))
features = [c for c in df.columns if c not in ["booking_id", "arrival_date", TARGET]]

months = df["arrival_date"].dt.to_period("M")
last_months = months.unique()[-4:]
test_mask = months.isin(last_months[2:])
val_mask = months.isin(last_months[:2])
train_mask = ~(test_mask | val_mask)

tr, va, te = df[train_mask], df[val_mask], df[test_mask]
print("train", tr.arrival_date.min().date(), tr.arrival_date.max().date())
print("valid", va.arrival_date.min().date(), va.arrival_date.max().date())
print("test ", te.arrival_date.min().date(), te.arrival_date.max().date())

model = CatBoostClassifier(
    iterations=2500,
    learning_rate=0.05,
    depth=7,
    eval_metric="AUC",
    random_seed=21,
    verbose=250,
)
model.fit(
    Pool(tr[features], tr[TARGET], cat_features=CAT_COLS),
    eval_set=Pool(va[features], va[TARGET], cat_features=CAT_COLS),
    early_stopping_rounds=150,
)
print("trees kept:", model.tree_count_)

p = model.predict_proba(Pool(te[features], cat_features=CAT_COLS))[:, 1]
p_dummy = DummyClassifier(strategy="prior").fit(tr[features], tr[TARGET]).predict_proba(te[features])[:, 1]
print(f"test AUC  catboost {roc_auc_score(te[TARGET], p):.4f}   dummy {roc_auc_score(te[TARGET], p_dummy):.4f}")
print(f"test AP   catboost {average_precision_score(te[TARGET], p):.4f}   dummy {average_precision_score(te[TARGET], p_dummy):.4f}")

pred = model.predict_proba(Pool(test[features], cat_features=CAT_COLS))[:, 1]
pd.DataFrame({"booking_id": test["booking_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
