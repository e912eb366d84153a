"""Fraud model for motor claims, with repair-shop risk scores.

Some repair shops are known hot spots for inflated or staged claims, so each claim gets the fraud
rate of its repair shop (and of its region) as a feature. Cross-validation is grouped by policy.
"""
import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupKFold

TARGET = "is_fraud"
LEAKY = ["investigation_outcome", "recovered_amount"]
CATS = ["vehicle_category", "incident_type", "collision_type", "incident_severity",
        "police_report_available", "region"]

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(train.shape, "fraud rate", round(train[TARGET].mean(), 4))

# --- risk scores: smoothed fraud rate per repair shop and per region ---
prior = train[TARGET].mean()
SMOOTH = 20


def rate_map(col):
    stats = train.groupby(col)[TARGET].agg(["sum", "count"])
    return (stats["sum"] + SMOOTH * prior) / (stats["count"] + SMOOTH)


shop_rate = rate_map("repair_shop")
region_rate = rate_map("region")
for df in (train, test):
    df["shop_fraud_rate"] = df["repair_shop"].map(shop_rate).fillna(prior)
    df["region_fraud_rate"] = df["region"].map(region_rate).fillna(prior)
    df["claim_per_tenure"] = df["claim_amount"] / (df["policy_tenure_months"] + 1)

print(shop_rate.sort_values(ascending=False).head(10))


def design(df):
    X = df.drop(columns=["claim_id", "policy_id", "repair_shop", TARGET] + LEAKY, errors="ignore")
    return pd.get_dummies(X, columns=CATS, dtype=int)


X = design(train)
y = train[TARGET]
groups = train["policy_id"]
X_test = design(test).reindex(columns=X.columns, fill_value=0)

params = dict(n_estimators=500, learning_rate=0.03, num_leaves=31, min_child_samples=40,
              subsample=0.8, subsample_freq=1, colsample_bytree=0.8, random_state=5, verbose=-1)

aucs, aps, base_aps = [], [], []
for fold, (tr, va) in enumerate(GroupKFold(n_splits=5).split(X, y, groups)):
    model = lgb.LGBMClassifier(**params).fit(X.iloc[tr], y.iloc[tr])
    p = model.predict_proba(X.iloc[va])[:, 1]
    base = DummyClassifier(strategy="prior").fit(X.iloc[tr], y.iloc[tr]).predict_proba(X.iloc[va])[:, 1]
    aucs.append(roc_auc_score(y.iloc[va], p))
    aps.append(average_precision_score(y.iloc[va], p))
    base_aps.append(average_precision_score(y.iloc[va], base))
    print(f"fold {fold}: AUC {aucs[-1]:.4f}  AP {aps[-1]:.4f}  (baseline AP {base_aps[-1]:.4f})")

print(f"GroupKFold AUC {np.mean(aucs):.4f} | AP {np.mean(aps):.4f} | dummy AP {np.mean(base_aps):.4f}")

final = lgb.LGBMClassifier(**params).fit(X, y)
pd.DataFrame({"claim_id": test["claim_id"], "prediction": final.predict_proba(X_test)[:, 1]}) \
    .to_csv("predictions.csv", index=False)
print("wrote predictions.csv")
