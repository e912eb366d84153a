# Fraud detection take-home
# -------------------------
# train.csv: one row per card transaction, label `is_fraud` (~3% positive).
# A card can have many transactions -> card-level split.
# Metric: average precision (PR-AUC), also ROC-AUC; compared against a prior-only dummy.

import numpy as np
import pandas as pd
from sklearn.model_selection import GroupShuffleSplit
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, precision_recall_curve

RANDOM_STATE = 11

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

# shorter int8 label, used for the groupbys / plots below
df["fraud"] = df["is_fraud"].astype("int8")

print(df.shape)
print("fraud rate:", df["fraud"].mean().round(4))
print(df.groupby("merchant_category")["fraud"].agg(["mean", "count"]).sort_values("mean", ascending=False).head(10))
print(df.groupby("device_type")["fraud"].mean())
print(df.groupby(pd.cut(df["hour"], [0, 6, 12, 18, 24], right=False))["fraud"].mean())

# ---------------------------------------------------------------- features
def featurize(frame):
    out = frame.copy()
    out["log_amount"] = np.log1p(out["amount"])
    out["amount_ratio"] = out["amount"] / (out["avg_amount_30d"] + 1.0)
    out["new_account"] = (out["account_age_days"] < 30).astype(int)
    out["burst"] = (out["n_txn_24h"] >= 10).astype(int)
    out = pd.get_dummies(out, columns=["merchant_category", "country", "device_type"], dtype=float)
    return out

data = featurize(df)
test_data = featurize(test)

EXCLUDE = {"txn_id", "card_id", "is_fraud", "fraud", "chargeback_flag", "manual_review_outcome"}
features = [c for c in data.columns if c not in EXCLUDE]
print(len(features), "features")

# ---------------------------------------------------------------- split by card
splitter = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=RANDOM_STATE)
train_idx, hold_idx = next(splitter.split(data, groups=data["card_id"]))
X_train = data.iloc[train_idx][features]
X_hold = data.iloc[hold_idx][features]
y_train = data.iloc[train_idx]["is_fraud"]
y_hold = data.iloc[hold_idx]["is_fraud"]
print("train", X_train.shape, "hold-out", X_hold.shape, "hold-out fraud rate", y_hold.mean().round(4))

# ---------------------------------------------------------------- models
dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
clf = make_pipeline(StandardScaler(), LogisticRegression(max_iter=5000, C=0.2, class_weight="balanced"))
clf.fit(X_train, y_train)

results = {}
for name, model in {"dummy": dummy, "logreg": clf}.items():
    p = model.predict_proba(X_hold)[:, 1]
    results[name] = {"average_precision": average_precision_score(y_hold, p),
                     "roc_auc": roc_auc_score(y_hold, p)}
print(pd.DataFrame(results).T.round(4))

p_hold = clf.predict_proba(X_hold)[:, 1]
prec, rec, thr = precision_recall_curve(y_hold, p_hold)
for target_recall in (0.5, 0.7, 0.9):
    i = np.argmin(np.abs(rec - target_recall))
    print(f"recall ~{target_recall:.1f}: precision {prec[i]:.3f}")

coef = pd.Series(clf[-1].coef_[0], index=features).sort_values()
print(coef.head(8))
print(coef.tail(8))

# ---------------------------------------------------------------- submission
clf.fit(data[features], data["is_fraud"])
X_sub = test_data.reindex(columns=features, fill_value=0.0)
pd.DataFrame({"txn_id": test["txn_id"], "prediction": clf.predict_proba(X_sub)[:, 1]}).to_csv(
    "predictions.csv", index=False
)
print("saved predictions.csv")
