"""
Claims fraud - repair shop & postcode-area risk via credibility-weighted fraud rates.

Buhlmann-style blend: shop_rate * Z + portfolio_rate * (1 - Z), Z = n / (n + K).
Small shops get pulled toward the portfolio rate, big shops keep their own experience.
Then LightGBM on top, grouped CV by policyholder.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupKFold

K = 50  # credibility constant - roughly where a shop's own rate gets half weight

df = pd.read_csv("train.csv", parse_dates=["claim_date"])
df = df.drop(columns=["siu_outcome", "amount_paid"])
print(df.shape, "shops:", df.repair_shop.nunique(), "areas:", df.postcode_area.nunique())


def credibility_rate(data, col, target="is_fraud", k=K):
    overall = data[target].mean()
    stats = data.groupby(col)[target].agg(["sum", "count"])
    z = stats["count"] / (stats["count"] + k)
    return z * stats["sum"] / stats["count"] + (1 - z) * overall


df["shop_cred_rate"] = df["repair_shop"].map(credibility_rate(df, "repair_shop"))
df["area_cred_rate"] = df["postcode_area"].map(credibility_rate(df, "postcode_area"))
print(df[["shop_cred_rate", "area_cred_rate"]].describe().round(4))

df["claim_to_value"] = df["claim_amount"] / df["vehicle_value"].clip(lower=500)
df["log_amount"] = np.log1p(df["claim_amount"])
for c in ["police_report", "witness_present", "third_party_involved"]:
    df[c] = (df[c] == "Y").astype(int)
df["incident_type"] = df["incident_type"].astype("category")

FEATS = ["shop_cred_rate", "area_cred_rate", "claim_to_value", "log_amount", "days_to_report",
         "policy_tenure_months", "n_prior_claims", "driver_age", "vehicle_age", "hour_of_incident",
         "police_report", "witness_present", "third_party_involved", "incident_type"]
X, y, g = df[FEATS], df["is_fraud"].to_numpy(), df["policyholder_id"].to_numpy()

oof = np.zeros(len(df))
oof_dummy = np.zeros(len(df))
for tr, va in GroupKFold(n_splits=5).split(X, y, g):
    clf = lgb.LGBMClassifier(n_estimators=500, learning_rate=0.03, num_leaves=15,
                             min_child_samples=50, subsample=0.8, subsample_freq=1, verbose=-1)
    clf.fit(X.iloc[tr], y[tr])
    oof[va] = clf.predict_proba(X.iloc[va])[:, 1]
    oof_dummy[va] = DummyClassifier(strategy="prior").fit(X.iloc[tr], y[tr]).predict_proba(X.iloc[va])[:, 1]

print(f"dummy   AUC {roc_auc_score(y, oof_dummy):.3f}  AP {average_precision_score(y, oof_dummy):.3f}")
print(f"lgbm    AUC {roc_auc_score(y, oof):.3f}  AP {average_precision_score(y, oof):.3f}")

# which shops look worst after credibility weighting
worst = (df.groupby("repair_shop")
           .agg(n=("is_fraud", "size"), raw=("is_fraud", "mean"), cred=("shop_cred_rate", "first"))
           .sort_values("cred", ascending=False))
print(worst.head(10).round(3))
