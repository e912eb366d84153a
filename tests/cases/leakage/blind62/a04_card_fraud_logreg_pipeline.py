"""Card fraud take-home: logistic regression on velocity features.

Run: python a04_card_fraud_logreg_pipeline.py
Writes predictions.csv (txn_id, prediction).
"""
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline
from sklearn.metrics import average_precision_score, roc_auc_score, recall_score, precision_score

RANDOM_STATE = 0
WINDOWS = ["1h", "24h", "7d"]


def add_velocity(df):
    df = df.sort_values(["card_id", "txn_ts"]).reset_index(drop=True)
    for w in WINDOWS:
        r = df.groupby("card_id").rolling(w, on="txn_ts", closed="left")["amount"]
        df[f"n_{w}"] = r.count().values
        df[f"amt_{w}"] = r.sum().values
    # device / merchant velocity over the last 24h
    df = df.sort_values(["device_id", "txn_ts"]).reset_index(drop=True)
    df["dev_n_24h"] = (
        df.groupby("device_id").rolling("24h", on="txn_ts", closed="left")["amount"].count().values
    )
    velocity = [c for c in df.columns if c.startswith(("n_", "amt_", "dev_n_"))]
    df[velocity] = df[velocity].fillna(0)
    return df


def add_static(df):
    df["log_amount"] = np.log1p(df["amount"])
    df["hour"] = df["txn_ts"].dt.hour
    df["is_ecom"] = (df["channel"] == "ecom").astype(int)
    df["foreign"] = (df["country"] != "US").astype(int)
    df["prev_gap_h"] = (
        df.sort_values("txn_ts").groupby("card_id")["txn_ts"].diff().dt.total_seconds() / 3600
    )
    df["prev_gap_h"] = df["prev_gap_h"].fillna(24 * 30)
    return df


train = pd.read_csv("train.csv", parse_dates=["txn_ts"])
test = pd.read_csv("test.csv", parse_dates=["txn_ts"])
print("train rows", len(train), "fraud rate", round(train["is_fraud"].mean(), 4))

train = add_static(add_velocity(train))
test = add_static(add_velocity(test))

FEATURES = ["log_amount", "hour", "is_ecom", "foreign", "prev_gap_h", "dev_n_24h"] + [
    f"{p}_{w}" for p in ("n", "amt") for w in WINDOWS
]

# heavy-tailed sums: log them before scaling
for w in WINDOWS:
    train[f"amt_{w}"] = np.log1p(train[f"amt_{w}"])
    test[f"amt_{w}"] = np.log1p(test[f"amt_{w}"])

# out-of-time validation: last 20% of the timeline
train = train.sort_values("txn_ts").reset_index(drop=True)
cut = int(len(train) * 0.8)
tr, va = train.iloc[:cut], train.iloc[cut:]
print("train period", tr["txn_ts"].min(), "->", tr["txn_ts"].max())
print("valid period", va["txn_ts"].min(), "->", va["txn_ts"].max())

clf = make_pipeline(
    StandardScaler(),
    LogisticRegression(C=0.5, class_weight="balanced", max_iter=2000, random_state=RANDOM_STATE),
)
clf.fit(tr[FEATURES], tr["is_fraud"])
p = clf.predict_proba(va[FEATURES])[:, 1]

print("AP      ", round(average_precision_score(va["is_fraud"], p), 4))
print("ROC AUC ", round(roc_auc_score(va["is_fraud"], p), 4))

# alert budget: 0.5% of transactions go to the review queue
budget = max(1, int(0.005 * len(va)))
thr = np.sort(p)[::-1][budget - 1]
alerts = (p >= thr).astype(int)
print(f"alerts={alerts.sum()} recall={recall_score(va['is_fraud'], alerts):.3f} "
      f"precision={precision_score(va['is_fraud'], alerts):.3f}")

coefs = pd.Series(clf[-1].coef_[0], index=FEATURES).sort_values()
print(coefs)

clf.fit(train[FEATURES], train["is_fraud"])
pd.DataFrame({"txn_id": test["txn_id"], "prediction": clf.predict_proba(test[FEATURES])[:, 1]}).to_csv(
    "predictions.csv", index=False
)
print("wrote predictions.csv")
