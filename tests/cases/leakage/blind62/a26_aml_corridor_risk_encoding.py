"""AML take-home: suspicious transfer scoring.

Corridor (sender country -> receiver country) and receiver-account risk are strong AML signals:
money mules receive from many flagged senders. Encode both as smoothed suspicious rates,
add amount / KYC features, and train a gradient-boosted model.
"""
import numpy as np
import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import average_precision_score, roc_auc_score

SMOOTH = 20
SEED = 17

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(f"{len(df)} transfers, {df.is_suspicious.sum()} suspicious ({df.is_suspicious.mean():.2%})")

df["corridor"] = df["sender_country"] + "->" + df["receiver_country"]
test["corridor"] = test["sender_country"] + "->" + test["receiver_country"]


def smoothed_rate(frame, key, target="is_suspicious", m=SMOOTH):
    prior = frame[target].mean()
    agg = frame.groupby(key)[target].agg(["sum", "count"])
    return (agg["sum"] + m * prior) / (agg["count"] + m), prior


corridor_rate, prior = smoothed_rate(df, "corridor")
receiver_rate, _ = smoothed_rate(df, "receiver_account")
sender_country_rate, _ = smoothed_rate(df, "sender_country")

for d in (df, test):
    d["corridor_risk"] = d["corridor"].map(corridor_rate).fillna(prior)
    d["receiver_risk"] = d["receiver_account"].map(receiver_rate).fillna(prior)
    d["sender_country_risk"] = d["sender_country"].map(sender_country_rate).fillna(prior)
    d["log_amount"] = np.log1p(d["amount"])
    d["structuring"] = d["amount"].between(9000, 9999.99).astype(int)
    d["round_thousand"] = (d["amount"] % 1000 == 0).astype(int)
    d["cross_border"] = (d["sender_country"] != d["receiver_country"]).astype(int)
    d["kyc"] = d["sender_kyc_level"].map({"basic": 0, "standard": 1, "enhanced": 2}).fillna(0)
    d["sender_fanout"] = d.groupby("sender_account")["receiver_account"].transform("nunique")
    d["receiver_fanin"] = d.groupby("receiver_account")["sender_account"].transform("nunique")
    d["channel_code"] = d["channel"].map({"ach": 0, "wire": 1, "swift": 2, "crypto_offramp": 3}).fillna(-1)

FEATURES = [
    "corridor_risk", "receiver_risk", "sender_country_risk", "log_amount", "structuring", "round_thousand",
    "cross_border", "kyc", "sender_account_age_days", "sender_fanout", "receiver_fanin", "channel_code",
]
print(df[FEATURES + ["is_suspicious"]].corr()["is_suspicious"].round(3))

X_tr, X_te, y_tr, y_te = train_test_split(
    df[FEATURES], df["is_suspicious"], test_size=0.25, stratify=df["is_suspicious"], random_state=SEED
)

model = LGBMClassifier(n_estimators=600, learning_rate=0.03, num_leaves=31, min_child_samples=30,
                       subsample=0.8, subsample_freq=1, colsample_bytree=0.8,
                       class_weight="balanced", random_state=SEED, verbose=-1)
model.fit(X_tr, y_tr)
p = model.predict_proba(X_te)[:, 1]

dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
p_dummy = dummy.predict_proba(X_te)[:, 1]

print(f"LightGBM: AP={average_precision_score(y_te, p):.4f}  AUC={roc_auc_score(y_te, p):.4f}")
print(f"Dummy   : AP={average_precision_score(y_te, p_dummy):.4f}  AUC={roc_auc_score(y_te, p_dummy):.4f}")

budget = int(0.01 * len(y_te))
idx = np.argsort(-p)[:budget]
print(f"precision@{budget}={y_te.values[idx].mean():.3f} recall@{budget}={y_te.values[idx].sum() / y_te.sum():.3f}")

model.fit(df[FEATURES], df["is_suspicious"])
pd.DataFrame({"transfer_id": test["transfer_id"], "prediction": model.predict_proba(test[FEATURES])[:, 1]}) \
    .to_csv("predictions.csv", index=False)
print("done")
