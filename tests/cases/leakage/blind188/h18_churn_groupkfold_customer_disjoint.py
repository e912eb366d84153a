"""Churn -- customer-level validation.

A customer appears in up to nine monthly snapshots; if the same customer sits in
train and validation, the model is rewarded for recognising customers. So every
split here is made on customer ids:
  * a 20% customer holdout (GroupShuffleSplit) for the final number,
  * 5-fold GroupKFold on the remaining customers for model selection and the
    permutation-importance check.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.inspection import permutation_importance
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupKFold, GroupShuffleSplit, cross_val_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

TARGET = "churned_next_month"
NUM = ["tenure_months", "monthly_spend", "logins_30d", "support_tickets_30d", "days_since_last_login"]
CAT = ["plan", "region"]

df = pd.read_csv("train.csv")
X, y, groups = df[NUM + CAT], df[TARGET], df["customer_id"]

outer = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=0)
dev_idx, hold_idx = next(outer.split(X, y, groups))
X_dev, y_dev, g_dev = X.iloc[dev_idx], y.iloc[dev_idx], groups.iloc[dev_idx]
X_hold, y_hold = X.iloc[hold_idx], y.iloc[hold_idx]
assert set(g_dev).isdisjoint(set(groups.iloc[hold_idx]))


def prep(scale):
    return ColumnTransformer([
        ("num", StandardScaler() if scale else "passthrough", NUM),
        ("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False), CAT),
    ])


candidates = {
    "prior_dummy": Pipeline([("prep", prep(False)), ("clf", DummyClassifier(strategy="prior"))]),
    "logit_l2": Pipeline([("prep", prep(True)), ("clf", LogisticRegression(C=0.2, max_iter=3000))]),
    "hgb_shallow": Pipeline([("prep", prep(False)),
                             ("clf", HistGradientBoostingClassifier(max_depth=3, max_iter=300, learning_rate=0.05))]),
    "hgb_deep": Pipeline([("prep", prep(False)),
                          ("clf", HistGradientBoostingClassifier(max_leaf_nodes=63, max_iter=200, learning_rate=0.05))]),
}

gkf = GroupKFold(n_splits=5)
scores = {}
for name, pipe in candidates.items():
    s = cross_val_score(pipe, X_dev, y_dev, groups=g_dev, cv=gkf, scoring="average_precision", n_jobs=-1)
    scores[name] = (s.mean(), s.std())
    print(f"{name:12s} AP {s.mean():.4f} +- {s.std():.4f}")

best = max((k for k in scores if k != "prior_dummy"), key=lambda k: scores[k][0])
model = candidates[best].fit(X_dev, y_dev)
p = model.predict_proba(X_hold)[:, 1]
print(f"\nholdout ({best}): AUC {roc_auc_score(y_hold, p):.4f} | AP {average_precision_score(y_hold, p):.4f}"
      f" | dummy AP {y_hold.mean():.4f}")

# permutation importance on the last GroupKFold validation fold (not the holdout)
tr_i, va_i = list(gkf.split(X_dev, y_dev, g_dev))[-1]
fold_model = candidates[best].fit(X_dev.iloc[tr_i], y_dev.iloc[tr_i])
pi = permutation_importance(fold_model, X_dev.iloc[va_i], y_dev.iloc[va_i],
                            scoring="average_precision", n_repeats=10, random_state=0)
print(pd.Series(pi.importances_mean, index=NUM + CAT).sort_values(ascending=False).round(4))

final = candidates[best].fit(X, y)
test = pd.read_csv("test.csv")
pd.DataFrame({"snapshot_id": test["snapshot_id"],
              "prediction": final.predict_proba(test[NUM + CAT])[:, 1]}).to_csv("predictions.csv", index=False)
