"""Fraud -- prune features by permutation importance, then one test evaluation.

Split: train 60% / validation 20% / test 20% (stratified).
  1. fit a random forest on train with all engineered features
  2. permutation importance (average precision) on the held-out test part
  3. drop features whose importance is not clearly positive (mean - 2*std <= 0)
  4. refit on train+validation with the kept features, score the test part once
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.inspection import permutation_importance
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

RS = 8


def engineer(d):
    ts = pd.to_datetime(d["transaction_time"])
    f = pd.DataFrame(index=d.index)
    f["amount"] = d["amount"]
    f["log_amount"] = np.log1p(d["amount"])
    f["is_round_10"] = (d["amount"] % 10 == 0).astype(int)
    f["hour"] = ts.dt.hour
    f["minute"] = ts.dt.minute
    f["dow"] = ts.dt.dayofweek
    f["day"] = ts.dt.day
    f["weekend"] = (ts.dt.dayofweek >= 5).astype(int)
    f["night"] = ((ts.dt.hour < 6) | (ts.dt.hour >= 23)).astype(int)
    dummies = pd.get_dummies(d[["merchant_category", "country", "device"]], dtype=int)
    return f.join(dummies)


df = pd.read_csv("train.csv")
X, y = engineer(df), df["is_fraud"]
X_tr, X_tmp, y_tr, y_tmp = train_test_split(X, y, test_size=0.4, stratify=y, random_state=RS)
X_val, X_te, y_val, y_te = train_test_split(X_tmp, y_tmp, test_size=0.5, stratify=y_tmp, random_state=RS)


def forest():
    return RandomForestClassifier(n_estimators=500, min_samples_leaf=5, max_features="sqrt",
                                  class_weight="balanced_subsample", n_jobs=-1, random_state=RS)


rf = forest().fit(X_tr, y_tr)
imp = permutation_importance(rf, X_te, y_te, scoring="average_precision",
                             n_repeats=10, random_state=RS, n_jobs=-1)
imp = pd.DataFrame({"mean": imp.importances_mean, "std": imp.importances_std}, index=X.columns)
keep = imp.index[(imp["mean"] - 2 * imp["std"]) > 0].tolist()
print(imp.sort_values("mean", ascending=False).head(15).round(5))
print(f"keeping {len(keep)} of {X.shape[1]} features")

X_fit = pd.concat([X_tr, X_val])[keep]
y_fit = pd.concat([y_tr, y_val])
rf_pruned = forest().fit(X_fit, y_fit)
dummy = DummyClassifier(strategy="prior").fit(X_fit, y_fit)

p = rf_pruned.predict_proba(X_te[keep])[:, 1]
yt = y_te.to_numpy()
print("test AP   %.4f (dummy %.4f)" % (average_precision_score(yt, p),
                                       average_precision_score(yt, dummy.predict_proba(X_te[keep])[:, 1])))
print("test AUC  %.4f" % roc_auc_score(yt, p))

rng = np.random.default_rng(RS)
draws = np.array([average_precision_score(yt[i], p[i])
                  for i in (rng.integers(0, len(yt), len(yt)) for _ in range(1000))])
print("test AP 90%% interval: %.4f - %.4f" % tuple(np.percentile(draws, [5, 95])))

final = forest().fit(X[keep], y)
test = pd.read_csv("test.csv")
X_sub = engineer(test).reindex(columns=X.columns, fill_value=0)[keep]
pd.DataFrame({"transaction_id": test["transaction_id"],
              "prediction": final.predict_proba(X_sub)[:, 1]}).to_csv("predictions.csv", index=False)
