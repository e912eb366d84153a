"""Downgrade model, script version.

Chronological split on snapshot months (last ~20% of the months for testing),
lag features per account built from previous months only.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

TARGET = "downgraded_next_month"
DROP = ["row_id", "account_id", "snapshot_month", TARGET, "next_plan_code", "retention_offer_made"]
CATS = ["plan_tier", "region", "contract_type", "autopay"]


def lag_features(d):
    d = d.sort_values(["account_id", "snapshot_month"]).copy()
    d["usage_ratio"] = d["data_used_gb"] / (d["data_cap_gb"] + 1)
    g = d.groupby("account_id")
    for col in ["usage_ratio", "monthly_fee", "support_tickets", "overage_charges", "dropped_call_pct"]:
        d[f"{col}_lag1"] = g[col].shift(1)
        d[f"{col}_lag2"] = g[col].shift(2)
        d[f"{col}_roll3"] = g[col].transform(lambda s: s.shift(1).rolling(3, min_periods=1).mean())
    d["months_observed"] = g.cumcount()
    return d


raw = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
sub = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
print(raw.shape, sub.shape, raw[TARGET].mean())

both = pd.concat([raw.assign(_sub=0), sub.assign(_sub=1)], ignore_index=True)
both = lag_features(both)
for c in CATS:
    both[c] = both[c].astype("category")

df = both[both["_sub"] == 0].drop(columns="_sub").sort_values("snapshot_month").reset_index(drop=True)
sub_f = both[both["_sub"] == 1].drop(columns="_sub")
features = [c for c in df.columns if c not in DROP]
print(len(features), "features")

# chronological split on whole months: last ~20% of the months for testing
months = np.sort(df["snapshot_month"].unique())
cut = months[int(len(months) * 0.8)]
train = df[df["snapshot_month"] < cut]
test = df[df["snapshot_month"] >= cut]
print("train until", train["snapshot_month"].max().date(), "| test from", test["snapshot_month"].min().date())

X_train, y_train = train[features], train[TARGET]
X_test, y_test = test[features], test[TARGET]

baseline = DummyClassifier(strategy="prior").fit(X_train, y_train)
p0 = baseline.predict_proba(X_test)[:, 1]
print(f"baseline  AUC {roc_auc_score(y_test, p0):.4f}  AP {average_precision_score(y_test, p0):.4f}  brier {brier_score_loss(y_test, p0):.4f}")

model = lgb.LGBMClassifier(n_estimators=700, learning_rate=0.03, num_leaves=31, min_child_samples=40,
                           subsample=0.8, subsample_freq=1, colsample_bytree=0.8, verbose=-1, random_state=1)
model.fit(X_train, y_train)
p = model.predict_proba(X_test)[:, 1]
print(f"lightgbm  AUC {roc_auc_score(y_test, p):.4f}  AP {average_precision_score(y_test, p):.4f}  brier {brier_score_loss(y_test, p):.4f}")

imp = pd.Series(model.booster_.feature_importance("gain"), index=features).sort_values(ascending=False)
print(imp.head(15))

model.fit(df[features], df[TARGET])
out = pd.DataFrame({"row_id": sub_f["row_id"].values, "prediction": model.predict_proba(sub_f[features])[:, 1]})
out.to_csv("predictions.csv", index=False)
print("saved predictions.csv", out.shape)
