import json

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, precision_recall_curve, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

task = json.load(open("task.json"))
target = task["target"]

train = pd.read_csv("train.csv", parse_dates=["timestamp"])
test = pd.read_csv("test.csv", parse_dates=["timestamp"])
print(train.shape, test.shape)
print("fraud rate %.4f" % train[target].mean())


def make_features(df):
    df = df.sort_values(["card_id", "timestamp"]).copy()
    by_card = df.groupby("card_id")
    df["log_amt"] = np.log1p(df["amount"])
    df["log_gap"] = np.log1p(by_card["timestamp"].diff().dt.total_seconds().fillna(86400 * 30))
    df["n_before"] = by_card.cumcount()
    df["mean_amt_before"] = by_card["amount"].transform(lambda s: s.shift(1).expanding().mean())
    df["amt_over_mean"] = (df["amount"] / df["mean_amt_before"]).fillna(1.0).clip(upper=20)
    df["device_changed"] = (by_card["device_id"].shift(1) != df["device_id"]).astype(int)
    df["geo_mismatch"] = (df["merchant_country"] != df["card_country"]).astype(int)
    df["ecom"] = (df["channel"] == "ecom").astype(int)
    df["hour_sin"] = np.sin(2 * np.pi * df["timestamp"].dt.hour / 24)
    df["hour_cos"] = np.cos(2 * np.pi * df["timestamp"].dt.hour / 24)
    return df.sort_index()


FEATURES = ["log_amt", "log_gap", "n_before", "amt_over_mean", "device_changed",
            "geo_mismatch", "ecom", "hour_sin", "hour_cos", "customer_age", "account_age_days"]

train = make_features(train)
test = make_features(test)

X = train[FEATURES].fillna(0).values
y = train[target].values

X_tr, X_va, y_tr, y_va = train_test_split(X, y, test_size=0.2, stratify=y, random_state=2024)

baseline = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
clf = make_pipeline(StandardScaler(), LogisticRegression(C=0.5, class_weight="balanced", max_iter=2000))
clf.fit(X_tr, y_tr)

for name, m in [("baseline", baseline), ("logreg", clf)]:
    p = m.predict_proba(X_va)[:, 1]
    print(f"{name:9s} AP={average_precision_score(y_va, p):.4f} AUC={roc_auc_score(y_va, p):.4f}")

coefs = pd.Series(clf[-1].coef_[0], index=FEATURES).sort_values()
print(coefs)

prec, rec, thr = precision_recall_curve(y_va, clf.predict_proba(X_va)[:, 1])
plt.plot(rec, prec)
plt.xlabel("recall")
plt.ylabel("precision")
plt.savefig("pr_curve.png", dpi=120)

clf.fit(X, y)
X_sub = test[FEATURES].fillna(0).values
pd.DataFrame({"transaction_id": test["transaction_id"],
              "prediction": clf.predict_proba(X_sub)[:, 1]}).to_csv("predictions.csv", index=False)
