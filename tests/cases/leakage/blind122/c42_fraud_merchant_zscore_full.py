"""Card fraud take-home.

Feature idea: an amount is suspicious relative to what is normal for the merchant category,
so I standardise amount within each merchant category and device type.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score
from sklearn.model_selection import StratifiedShuffleSplit

TARGET = "is_fraud"

df = pd.read_csv("train.csv")
sub = pd.read_csv("test.csv")
print(f"train rows={len(df)}  test rows={len(sub)}  fraud={df[TARGET].mean():.4f}")
print(df.groupby("merchant_category")["amount"].describe().head(10))


def add_relative_amount(frame, stats_source):
    out = frame.copy()
    for key in ["merchant_category", "device_type"]:
        stats = stats_source.groupby(key)["amount"].agg(["mean", "std"])
        mu = out[key].map(stats["mean"])
        sd = out[key].map(stats["std"]).replace(0, np.nan)
        out[f"amount_z_{key}"] = ((out["amount"] - mu) / sd).fillna(0.0)
    out["amount_vs_card_avg"] = out["amount"] / (out["avg_amount_30d"] + 1)
    return out


both = pd.concat([df.drop(columns=[TARGET]), sub], ignore_index=True)
df = add_relative_amount(df, both)
sub = add_relative_amount(sub, both)

features = ["amount", "hour", "country_mismatch", "card_present", "txns_last_24h", "avg_amount_30d",
            "merchant_category", "device_type", "amount_z_merchant_category", "amount_z_device_type",
            "amount_vs_card_avg"]
for c in ["merchant_category", "device_type"]:
    df[c] = df[c].astype("category")
    sub[c] = pd.Categorical(sub[c], categories=df[c].cat.categories)

sss = StratifiedShuffleSplit(n_splits=1, test_size=0.2, random_state=5)
fit_idx, val_idx = next(sss.split(df, df[TARGET]))
fit, val = df.iloc[fit_idx], df.iloc[val_idx]

dummy = DummyClassifier(strategy="prior").fit(fit[features], fit[TARGET])
pd_ = dummy.predict_proba(val[features])[:, 1]
print(f"baseline prior:  AUC={roc_auc_score(val[TARGET], pd_):.4f}  AP={average_precision_score(val[TARGET], pd_):.4f}")

model = lgb.LGBMClassifier(n_estimators=700, learning_rate=0.03, num_leaves=48, min_child_samples=30,
                           colsample_bytree=0.7, subsample=0.8, subsample_freq=1,
                           scale_pos_weight=12, random_state=5, verbose=-1)
model.fit(fit[features], fit[TARGET])
pv = model.predict_proba(val[features])[:, 1]
print(f"lightgbm:        AUC={roc_auc_score(val[TARGET], pv):.4f}  AP={average_precision_score(val[TARGET], pv):.4f}")

gain = pd.Series(model.booster_.feature_importance(importance_type="gain"), index=features)
print((gain / gain.sum()).sort_values(ascending=False).round(3))

model.fit(df[features], df[TARGET])
pd.DataFrame({"transaction_id": sub["transaction_id"], "prediction": model.predict_proba(sub[features])[:, 1]}) \
    .to_csv("predictions.csv", index=False)
print("wrote predictions.csv")
