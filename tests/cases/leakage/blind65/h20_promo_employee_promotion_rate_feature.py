"""Promotion model (annual review data).

Idea: some employees are simply on a fast track, so the employee's own promotion history is
a strong signal. I add each employee's promotion rate and number of reviews as features and
evaluate on held-out employees (GroupShuffleSplit) so nobody appears on both sides.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import GroupShuffleSplit
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score

SEED = 17

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

# ---------------------------------------------------------------- features
df["emp_promo_rate"] = df.groupby("employee_id")["promoted"].transform("mean")
df["emp_n_reviews"] = df.groupby("employee_id")["review_id"].transform("count")

rate_lookup = df.groupby("employee_id")["promoted"].mean()
test["emp_promo_rate"] = test["employee_id"].map(rate_lookup).fillna(df["promoted"].mean())
test["emp_n_reviews"] = test.groupby("employee_id")["review_id"].transform("count")

df["previous_year_rating"] = df["previous_year_rating"].fillna(0)
test["previous_year_rating"] = test["previous_year_rating"].fillna(0)

dummies = ["department", "region", "education", "gender", "recruitment_channel"]
full = pd.get_dummies(pd.concat([df, test], keys=["tr", "te"]), columns=dummies, dummy_na=True,
                      dtype=int)
tr = full.loc["tr"]
te = full.loc["te"]

FEATURES = [c for c in tr.columns
            if c not in ("review_id", "employee_id", "promoted", "new_job_level",
                         "comp_adjustment_pct")]
print(len(FEATURES), "features")

# ---------------------------------------------------------------- split by employee
gss = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=SEED)
tr_idx, ho_idx = next(gss.split(tr, tr["promoted"], groups=tr["employee_id"]))
X_tr, y_tr = tr.iloc[tr_idx][FEATURES], tr.iloc[tr_idx]["promoted"]
X_ho, y_ho = tr.iloc[ho_idx][FEATURES], tr.iloc[ho_idx]["promoted"]
print("train rows", len(X_tr), " holdout rows", len(X_ho))

rf = RandomForestClassifier(n_estimators=500, min_samples_leaf=3, class_weight="balanced_subsample",
                            random_state=SEED, n_jobs=-1)
rf.fit(X_tr, y_tr)
p = rf.predict_proba(X_ho)[:, 1]

dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
pd_ = dummy.predict_proba(X_ho)[:, 1]

print("ROC AUC   model %.3f | baseline %.3f" % (roc_auc_score(y_ho, p), roc_auc_score(y_ho, pd_)))
print("PR AUC    model %.3f | baseline %.3f" % (average_precision_score(y_ho, p),
                                                average_precision_score(y_ho, pd_)))
print("F1 @0.5   model %.3f" % f1_score(y_ho, (p >= 0.5).astype(int)))

imp = pd.Series(rf.feature_importances_, index=FEATURES).sort_values(ascending=False)
print(imp.head(10).round(4))

# ---------------------------------------------------------------- submission
rf.fit(tr[FEATURES], tr["promoted"])
pd.DataFrame({"review_id": test["review_id"].values,
              "prediction": rf.predict_proba(te[FEATURES])[:, 1]}).to_csv("predictions.csv", index=False)
