"""Churn snapshots - customer profile features + CatBoost.

Idea: a single snapshot is noisy, so describe each customer by how they usually behave
(average usage, worst month of tickets, etc.) and add that to the row.
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
    print(d[BASE_NUM].describe().T)


def add_profile(d):
    d = d.copy()
    g = d.groupby("customer_id")
    d["cust_avg_usage"] = g["usage_hours"].transform("mean")
    d["cust_std_usage"] = g["usage_hours"].transform("std").fillna(0)
    d["cust_max_tickets"] = g["support_tickets"].transform("max")
    d["cust_total_failures"] = g["payment_failures"].transform("sum")
    d["cust_n_snapshots"] = g["snapshot_id"].transform("count")
    d["usage_vs_avg"] = d["usage_hours"] - d["cust_avg_usage"]
    d["charge_change"] = d["monthly_charges"] - g["monthly_charges"].transform("first")
    return d


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

train = add_profile(train)
test = add_profile(test)

features = BASE_NUM + ["plan", "cust_avg_usage", "cust_std_usage", "cust_max_tickets",
                       "cust_total_failures", "cust_n_snapshots", "usage_vs_avg", "charge_change"]
cat_features = ["plan"]
assert not set(features) & set(LEAKY)

tr, va = split(train)
print("train rows", len(tr), "valid rows", len(va), "valid churn", va[TARGET].mean().round(4))

dummy = DummyClassifier(strategy="prior").fit(tr[BASE_NUM], tr[TARGET])
report("prior", va[TARGET], dummy.predict_proba(va[BASE_NUM])[:, 1])

# without the profile columns first, to see what they add
m0 = CatBoostClassifier(iterations=600, depth=5, learning_rate=0.05, verbose=0, random_seed=0)
m0.fit(tr[BASE_NUM + ["plan"]], tr[TARGET], cat_features=cat_features)
report("raw", va[TARGET], m0.predict_proba(va[BASE_NUM + ["plan"]])[:, 1])

m1 = CatBoostClassifier(iterations=600, depth=5, learning_rate=0.05, verbose=0, random_seed=0)
m1.fit(tr[features], tr[TARGET], cat_features=cat_features)
p1 = m1.predict_proba(va[features])[:, 1]
report("profile", va[TARGET], p1)

imp = pd.Series(m1.get_feature_importance(), index=features).sort_values(ascending=False)
print(imp.round(2))

# calibration check by decile
va = va.assign(p=p1)
va["decile"] = pd.qcut(va["p"].rank(method="first"), 10, labels=False)
print(va.groupby("decile").agg(pred=("p", "mean"), actual=(TARGET, "mean"), n=("p", "size")).round(4))

# final fit on everything
final = CatBoostClassifier(iterations=600, depth=5, learning_rate=0.05, verbose=0, random_seed=0)
final.fit(train[features], train[TARGET], cat_features=cat_features)
out = pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": final.predict_proba(test[features])[:, 1]})
out.to_csv("predictions.csv", index=False)
print("saved", out.shape)
