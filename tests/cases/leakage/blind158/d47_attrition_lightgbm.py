# Attrition take-home - LightGBM
# -----------------------------
# 1. load + light cleaning
# 2. stratified 5-fold CV on the training split for model checking
# 3. final evaluation on a 20% holdout, compared with a prior-rate baseline

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold, cross_val_score, train_test_split

df = pd.read_csv("train.csv")
target = "left_within_year"

print(df.shape, df[target].mean())
print(df.isna().mean().round(3).sort_values(ascending=False).head(6))

# final_pay_date_set is filled by payroll after a resignation -> drop.
# exit_interview_score is mostly empty; LightGBM handles the NaNs natively.
df = df.drop(columns=["final_pay_date_set"])

df["department"] = df["department"].astype("category")
df["raise_per_rating"] = df["last_raise_pct"] / df["performance_rating"].clip(lower=1)
df["overtime_x_commute"] = df["overtime_hours_month"] * df["commute_km"]
df["new_joiner"] = (df["tenure_years"] < 1).astype(int)

X = df.drop(columns=["employee_id", target])
y = df[target]
X_tr, X_ho, y_tr, y_ho = train_test_split(X, y, test_size=0.2, stratify=y, random_state=5)

clf = lgb.LGBMClassifier(n_estimators=400, learning_rate=0.03, num_leaves=15, min_child_samples=25,
                         subsample=0.8, subsample_freq=1, colsample_bytree=0.8,
                         is_unbalance=True, random_state=5, verbose=-1)

cv_auc = cross_val_score(clf, X_tr, y_tr, cv=StratifiedKFold(5, shuffle=True, random_state=5), scoring="roc_auc")
print(f"CV ROC-AUC on training split: {cv_auc.mean():.3f} +/- {cv_auc.std():.3f}")

clf.fit(X_tr, y_tr)
p_ho = clf.predict_proba(X_ho)[:, 1]
p_base = DummyClassifier(strategy="prior").fit(X_tr, y_tr).predict_proba(X_ho)[:, 1]

print(f"holdout  prior baseline  ROC-AUC {roc_auc_score(y_ho, p_base):.3f}  PR-AUC {average_precision_score(y_ho, p_base):.3f}")
print(f"holdout  lightgbm        ROC-AUC {roc_auc_score(y_ho, p_ho):.3f}  PR-AUC {average_precision_score(y_ho, p_ho):.3f}")

gain = pd.Series(clf.booster_.feature_importance("gain"), index=X.columns).sort_values(ascending=False)
print((gain / gain.sum()).round(3).head(10))

# top-decile capture: how many leavers are in the 10% highest scores
k = int(0.1 * len(p_ho))
top = np.argsort(-p_ho)[:k]
print(f"leavers captured in top decile: {y_ho.iloc[top].sum()} of {y_ho.sum()}")

clf.fit(X, y)
test = pd.read_csv("test.csv").drop(columns=["final_pay_date_set"], errors="ignore")
test["department"] = pd.Categorical(test["department"], categories=df["department"].cat.categories)
test["raise_per_rating"] = test["last_raise_pct"] / test["performance_rating"].clip(lower=1)
test["overtime_x_commute"] = test["overtime_hours_month"] * test["commute_km"]
test["new_joiner"] = (test["tenure_years"] < 1).astype(int)
pd.DataFrame({"employee_id": test["employee_id"], "prediction": clf.predict_proba(test[X.columns])[:, 1]}).to_csv(
    "predictions.csv", index=False)
