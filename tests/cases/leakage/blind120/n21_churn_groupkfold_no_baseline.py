"""
Churn next month - customer-grouped cross-validation.

Snapshots of the same customer are strongly correlated, so folds are built on
customers (GroupKFold): no customer is ever in both the fitting and scoring folds.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import GroupKFold
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "churned_next_month"
LEAKY = ["retention_offer_accepted", "account_closed_date_known"]

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(df.shape, "customers:", df["customer_id"].nunique(), "months:", df["snapshot_month"].nunique())
print(df[TARGET].mean())


def features(d):
    X = d.drop(columns=["snapshot_id", "customer_id", "snapshot_month", TARGET] + LEAKY, errors="ignore").copy()
    X["autopay"] = X["autopay"].astype(int)
    X["month_num"] = pd.to_datetime(d["snapshot_month"]).dt.month
    X["charges_per_month"] = d["total_charges"] / d["tenure_months"].clip(lower=1)
    for c in ["plan_type", "region", "contract_type"]:
        X[c] = X[c].astype("category")
    return X


X = features(df)
y = df[TARGET].to_numpy()
groups = df["customer_id"].to_numpy()

oof = np.zeros(len(df))
fold_auc, fold_ap = [], []
for k, (tr, va) in enumerate(GroupKFold(n_splits=5).split(X, y, groups)):
    m = HistGradientBoostingClassifier(learning_rate=0.05, max_iter=400, max_leaf_nodes=31,
                                       categorical_features="from_dtype", random_state=k)
    m.fit(X.iloc[tr], y[tr])
    oof[va] = m.predict_proba(X.iloc[va])[:, 1]
    fold_auc.append(roc_auc_score(y[va], oof[va]))
    fold_ap.append(average_precision_score(y[va], oof[va]))
    print(f"fold {k}: AUC {fold_auc[-1]:.4f}  AP {fold_ap[-1]:.4f}")

print(f"CV AUC {np.mean(fold_auc):.4f} +/- {np.std(fold_auc):.4f}")
print(f"CV AP  {np.mean(fold_ap):.4f} +/- {np.std(fold_ap):.4f}")

# error analysis on out-of-fold predictions
res = df.assign(p=oof)
print(res.groupby("snapshot_month").apply(lambda g: roc_auc_score(g[TARGET], g["p"])).round(3))
print(res.groupby("contract_type").apply(lambda g: roc_auc_score(g[TARGET], g["p"])).round(3))
daily = 300
month_lists = res.sort_values("p", ascending=False).groupby("snapshot_month").head(daily * 21)
print("capture of churners by monthly call list:", round(month_lists[TARGET].sum() / res[TARGET].sum(), 3))

final = HistGradientBoostingClassifier(learning_rate=0.05, max_iter=400, max_leaf_nodes=31,
                                       categorical_features="from_dtype", random_state=0).fit(X, y)
pd.DataFrame({"snapshot_id": test["snapshot_id"],
              "prediction": final.predict_proba(features(test))[:, 1]}).to_csv("predictions.csv", index=False)
