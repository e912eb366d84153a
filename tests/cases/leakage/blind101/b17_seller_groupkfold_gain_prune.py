"""Seller churn - LightGBM with gain-based feature pruning and seller-grouped CV."""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupKFold

KEEP = 15

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
df = df.sort_values(["seller_id", "snapshot_month"]).reset_index(drop=True)

# ------------------------------------------------------------------ features
g = df.groupby("seller_id")
base_cols = ["n_orders", "gmv", "n_active_listings", "avg_rating", "n_returns", "n_disputes",
             "response_time_h", "promo_spend"]
for c in base_cols:
    df[f"{c}_lag1"] = g[c].shift(1)
    df[f"{c}_pct"] = (df[c] - df[f"{c}_lag1"]) / (df[f"{c}_lag1"].abs() + 1)
df["return_rate"] = df["n_returns"] / (df["n_orders"] + 1)
df["dispute_rate"] = df["n_disputes"] / (df["n_orders"] + 1)
df["month"] = df["snapshot_month"].dt.month
df = pd.get_dummies(df, columns=["category", "region", "fee_tier"], dtype=int)

drop = ["row_id", "seller_id", "snapshot_month", "churned", "closure_requested", "login_gap_at_export"]
candidates = [c for c in df.columns if c not in drop]
X_all, y = df[candidates], df["churned"].values
print(len(candidates), "candidate features")

# ------------------------------------------------------------ pruning by gain
selector = lgb.LGBMClassifier(n_estimators=400, learning_rate=0.05, num_leaves=31, verbose=-1)
selector.fit(X_all, y)
gain = pd.Series(selector.booster_.feature_importance("gain"), index=candidates).sort_values(ascending=False)
selected = gain.index[:KEEP].tolist()
print("selected:", selected)

# ---------------------------------------------------------------- grouped CV
X = X_all[selected]
oof = np.zeros(len(df))
oof_base = np.zeros(len(df))
for k, (tr, va) in enumerate(GroupKFold(n_splits=5).split(X, y, groups=df["seller_id"])):
    clf = lgb.LGBMClassifier(n_estimators=600, learning_rate=0.03, num_leaves=31, min_child_samples=60,
                             is_unbalance=True, colsample_bytree=0.8, verbose=-1)
    clf.fit(X.iloc[tr], y[tr])
    oof[va] = clf.predict_proba(X.iloc[va])[:, 1]
    oof_base[va] = DummyClassifier(strategy="prior").fit(X.iloc[tr], y[tr]).predict_proba(X.iloc[va])[:, 1]

print(f"LightGBM  OOF AUC {roc_auc_score(y, oof):.4f}  AP {average_precision_score(y, oof):.4f}")
print(f"baseline  OOF AUC {roc_auc_score(y, oof_base):.4f}  AP {average_precision_score(y, oof_base):.4f}")
