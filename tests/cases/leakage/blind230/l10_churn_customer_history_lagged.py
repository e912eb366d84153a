"""Churn snapshots - customer history features + CatBoost.

Each row only gets to look at the customer's *previous* snapshots (what we would
actually know at prediction time), nothing from later months.
"""
import numpy as np
import pandas as pd
from catboost import CatBoostClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

TARGET = "churned_next_month"
LEAKY = ["retention_offer_accepted", "account_closed_date_known"]
BASE_NUM = ["monthly_charges", "tenure_months", "usage_hours", "support_tickets", "payment_failures"]


def load():
    tr = pd.read_csv("train.csv")
    te = pd.read_csv("test.csv")
    for d in (tr, te):
        d["snapshot_month"] = pd.to_datetime(d["snapshot_month"])
    return tr, te


def eda(d):
    print(d.shape)
    print(d[TARGET].value_counts(normalize=True).round(4))
    print(d.plan.value_counts())
    print(d.groupby("snapshot_month")[TARGET].agg(["count", "mean"]))
    print(d.groupby("customer_id").size().describe())


def add_history(d):
    d = d.sort_values(["customer_id", "snapshot_month"]).copy()
    g = d.groupby("customer_id")
    d["prev_usage"] = g["usage_hours"].shift(1)
    d["usage_delta"] = d["usage_hours"] - d["prev_usage"]
    d["hist_avg_usage"] = g["usage_hours"].transform(lambda s: s.shift(1).expanding().mean())
    d["tickets_last3"] = g["support_tickets"].transform(lambda s: s.shift(1).rolling(3, min_periods=1).sum())
    d["failures_so_far"] = g["payment_failures"].cumsum() - d["payment_failures"]
    d["n_prev_snapshots"] = g.cumcount()
    d["charge_change"] = d["monthly_charges"] - g["monthly_charges"].shift(1)
    return d.sort_index()


def split(d, cutoff="2024-07-01", seed=3):
    """time cut + customers unseen before the cut, like the real test set"""
    rng = np.random.default_rng(seed)
    custs = d["customer_id"].drop_duplicates().to_numpy()
    rng.shuffle(custs)
    holdout = set(custs[: len(custs) // 4])
    before = d["snapshot_month"] < pd.Timestamp(cutoff)
    tr_mask = before & ~d["customer_id"].isin(holdout)
    va_mask = ~before & d["customer_id"].isin(holdout)
    return d[tr_mask], d[va_mask]


def report(name, y, p):
    print(f"{name:10s} roc_auc={roc_auc_score(y, p):.4f} pr_auc={average_precision_score(y, p):.4f} "
          f"brier={brier_score_loss(y, p):.4f}")


train, test = load()
eda(train)

train = add_history(train)
test = add_history(test)

hist = ["prev_usage", "usage_delta", "hist_avg_usage", "tickets_last3", "failures_so_far",
        "n_prev_snapshots", "charge_change"]
features = BASE_NUM + ["plan"] + hist
cat_features = ["plan"]
assert not set(features) & set(LEAKY)
print(train[hist].isna().mean().round(3))

tr, va = split(train)
print("train rows", len(tr), "valid rows", len(va), "valid churn", va[TARGET].mean().round(4))

dummy = DummyClassifier(strategy="prior").fit(tr[BASE_NUM], tr[TARGET])
report("prior", va[TARGET], dummy.predict_proba(va[BASE_NUM])[:, 1])

m0 = CatBoostClassifier(iterations=600, depth=5, learning_rate=0.05, verbose=0, random_seed=0)
m0.fit(tr[BASE_NUM + ["plan"]], tr[TARGET], cat_features=cat_features)
report("raw", va[TARGET], m0.predict_proba(va[BASE_NUM + ["plan"]])[:, 1])

m1 = CatBoostClassifier(iterations=600, depth=5, learning_rate=0.05, verbose=0, random_seed=0)
m1.fit(tr[features], tr[TARGET], cat_features=cat_features)
p1 = m1.predict_proba(va[features])[:, 1]
report("history", va[TARGET], p1)

imp = pd.Series(m1.get_feature_importance(), index=features).sort_values(ascending=False)
print(imp.round(2))

va = va.assign(p=p1)
va["decile"] = pd.qcut(va["p"].rank(method="first"), 10, labels=False)
print(va.groupby("decile").agg(pred=("p", "mean"), actual=(TARGET, "mean"), n=("p", "size")).round(4))

# final fit on everything
final = CatBoostClassifier(iterations=600, depth=5, learning_rate=0.05, verbose=0, random_seed=0)
final.fit(train[features], train[TARGET], cat_features=cat_features)
out = pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": final.predict_proba(test[features])[:, 1]})
out.to_csv("predictions.csv", index=False)
print("saved", out.shape)
