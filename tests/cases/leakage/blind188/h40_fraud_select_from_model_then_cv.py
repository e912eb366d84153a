# Fraud take-home -- tree-based feature screening, repeated CV, holdout with CI.
import numpy as np
import pandas as pd
from sklearn.ensemble import ExtraTreesClassifier, GradientBoostingClassifier, RandomForestClassifier
from sklearn.feature_selection import SelectFromModel
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import RepeatedStratifiedKFold, cross_val_score, train_test_split

transactions = pd.read_csv("train.csv")
when = pd.to_datetime(transactions["transaction_time"])

# -- features: amount transforms, calendar parts, one-hot categoricals -------------------------------
core_cols = pd.DataFrame({
    "amount": transactions["amount"],
    "log_amount": np.log1p(transactions["amount"]),
    "amount_over_1k": (transactions["amount"] > 1000).astype(int),
    "hour": when.dt.hour,
    "dow": when.dt.dayofweek,
    "month_day": when.dt.day,
})
onehot = pd.get_dummies(transactions[["merchant_category", "country", "device"]], dtype=float)
X_all = pd.concat([core_cols, onehot], axis=1)
y_all = transactions["is_fraud"].to_numpy()
print("raw feature count:", X_all.shape[1])

# -- screening: keep features above median impurity importance of an extra-trees ensemble --------
screen = SelectFromModel(ExtraTreesClassifier(n_estimators=300, n_jobs=-1, random_state=0,
                                              class_weight="balanced"), threshold="median")
screen.fit(X_all, y_all)
kept = X_all.columns[screen.get_support()]
print(f"kept {len(kept)} features:", list(kept))
X = X_all[kept]

X_dev, X_test, y_dev, y_test = train_test_split(X, y_all, test_size=0.2, stratify=y_all, random_state=5)

models = {
    "random_forest": RandomForestClassifier(n_estimators=400, min_samples_leaf=3, n_jobs=-1, random_state=0),
    "gbm": GradientBoostingClassifier(n_estimators=300, max_depth=3, learning_rate=0.05, subsample=0.8,
                                      random_state=0),
}
rskf = RepeatedStratifiedKFold(n_splits=5, n_repeats=3, random_state=5)
cv_ap = {}
for name, m in models.items():
    s = cross_val_score(m, X_dev, y_dev, cv=rskf, scoring="average_precision", n_jobs=-1)
    cv_ap[name] = s
    print(f"{name:14s} CV AP {s.mean():.4f} +- {s.std():.4f}")

chosen = max(cv_ap, key=lambda k: cv_ap[k].mean())
clf = models[chosen].fit(X_dev, y_dev)
proba = clf.predict_proba(X_test)[:, 1]
print(f"holdout {chosen}: AP {average_precision_score(y_test, proba):.4f}, AUC {roc_auc_score(y_test, proba):.4f}")

rng = np.random.default_rng(5)
idx = [rng.integers(0, len(y_test), len(y_test)) for _ in range(1000)]
ap_ci = np.percentile([average_precision_score(y_test[i], proba[i]) for i in idx], [2.5, 97.5])
print("AP 95%% CI: %.4f - %.4f" % tuple(ap_ci))

final = models[chosen].fit(X, y_all)
test = pd.read_csv("test.csv")
tw = pd.to_datetime(test["transaction_time"])
X_sub = pd.concat([
    pd.DataFrame({"amount": test["amount"], "log_amount": np.log1p(test["amount"]),
                  "amount_over_1k": (test["amount"] > 1000).astype(int), "hour": tw.dt.hour,
                  "dow": tw.dt.dayofweek, "month_day": tw.dt.day}),
    pd.get_dummies(test[["merchant_category", "country", "device"]], dtype=float),
], axis=1).reindex(columns=kept, fill_value=0.0)
pd.DataFrame({"transaction_id": test["transaction_id"], "prediction": final.predict_proba(X_sub)[:, 1]}
             ).to_csv("predictions.csv", index=False)
