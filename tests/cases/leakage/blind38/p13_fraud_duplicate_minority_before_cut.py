"""
Card-fraud detection take-home
==============================
~1.2% of transactions are fraudulent. The analysts can review about 1% of
daily volume, so the business metric is precision / recall in the top 1% of
scores; average precision is reported as the threshold-free summary.

Evaluation: the last 30 days of transactions (train strictly before).
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, precision_recall_curve

UPSAMPLE = 10   # each fraud row appears 10x to give the booster more positive signal

tx = pd.read_csv("train.csv", parse_dates=["txn_ts"]).sort_values("txn_ts").reset_index(drop=True)
tx["hour"] = tx["txn_ts"].dt.hour
tx["weekday"] = tx["txn_ts"].dt.weekday
tx["is_night"] = tx["hour"].isin([0, 1, 2, 3, 4, 5]).astype(int)
tx["log_amount"] = np.log1p(tx["amount"])
tx = pd.get_dummies(tx, columns=["channel"], prefix="ch", dtype=float)
FEATURES = ["log_amount", "hour", "weekday", "is_night", "is_foreign", "device_age_days", "mcc"] + \
    [c for c in tx.columns if c.startswith("ch_")]
print("fraud rate: %.4f" % tx["is_fraud"].mean())

fraud_rows = tx[tx["is_fraud"] == 1]
tx = pd.concat([tx] + [fraud_rows] * (UPSAMPLE - 1)).sort_values("txn_ts").reset_index(drop=True)

cut = tx["txn_ts"].max() - pd.Timedelta(days=30)
train = tx[tx["txn_ts"] < cut]
test = tx[tx["txn_ts"] >= cut]
print(f"train {len(train):,} rows ({train['is_fraud'].mean():.3%} fraud), "
      f"test {len(test):,} rows ({test['is_fraud'].mean():.3%} fraud)")

clf = lgb.LGBMClassifier(n_estimators=600, learning_rate=0.03, num_leaves=31,
                         min_child_samples=50, colsample_bytree=0.8, random_state=0)
clf.fit(train[FEATURES], train["is_fraud"])
dummy = DummyClassifier(strategy="prior").fit(train[FEATURES], train["is_fraud"])


def top_k_stats(y, score, share=0.01):
    k = max(1, int(len(y) * share))
    top = np.argsort(-score)[:k]
    return y[top].sum() / k, y[top].sum() / max(1, y.sum())


y_test = test["is_fraud"].to_numpy()
for name, score in [("baseline (prior)", dummy.predict_proba(test[FEATURES])[:, 1]),
                    ("LightGBM", clf.predict_proba(test[FEATURES])[:, 1])]:
    p_at, r_at = top_k_stats(y_test, score)
    print(f"{name:18s} AP={average_precision_score(y_test, score):.4f}  "
          f"precision@1%={p_at:.3f}  recall@1%={r_at:.3f}")

prec, rec, _ = precision_recall_curve(y_test, clf.predict_proba(test[FEATURES])[:, 1])
plt.plot(rec, prec)
plt.axhline(y_test.mean(), ls="--", color="grey", label="prevalence")
plt.xlabel("recall"); plt.ylabel("precision"); plt.legend(); plt.title("PR curve, last 30 days")
plt.tight_layout(); plt.savefig("pr_curve.png")
