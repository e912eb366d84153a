"""Employee attrition - who leaves within a year?

Only ~16% of employees leave, so the minority class is oversampled with SMOTE
(training split only - the test split keeps the real class balance) before
training a random forest.
"""
import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import classification_report, f1_score, roc_auc_score
from sklearn.model_selection import train_test_split

SEED = 13
TARGET = "left_within_year"

hr = pd.read_csv("train.csv")
print(hr.shape)
print(hr[TARGET].value_counts(normalize=True).round(3))
print(hr.groupby("department")[TARGET].mean().sort_values(ascending=False).round(3))

# exit interview / final pay only exist for people who already resigned
hr = hr.drop(columns=["exit_interview_score", "final_pay_date_set"])

hr["salary_band"] = pd.cut(hr["salary"], [0, 40_000, 60_000, 85_000, 120_000, np.inf], labels=False)
hr["overtime_heavy"] = (hr["overtime_hours_month"] > 20).astype(int)
hr["stalled"] = ((hr["tenure_years"] > 3) & (hr["last_raise_pct"] < 2)).astype(int)
hr["engagement_score"] = hr["engagement_score"].fillna(-1)
hr["training_hours"] = hr["training_hours"].fillna(0)

X = pd.get_dummies(hr.drop(columns=["employee_id", TARGET]), columns=["department"], dtype=int)
y = hr[TARGET]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y,
                                                    random_state=SEED)

sm = SMOTE(random_state=SEED, k_neighbors=5)
X_train, y_train = sm.fit_resample(X_train, y_train)
print("training rows after SMOTE:", np.bincount(y_train))

rf = RandomForestClassifier(n_estimators=600, min_samples_leaf=3, max_features="sqrt",
                            n_jobs=-1, random_state=SEED)
rf.fit(X_train, y_train)
proba = rf.predict_proba(X_test)[:, 1]
pred = (proba >= 0.5).astype(int)

dummy = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
print("dummy  ROC-AUC:", round(roc_auc_score(y_test, dummy.predict_proba(X_test)[:, 1]), 3),
      "F1:", round(f1_score(y_test, dummy.predict(X_test)), 3))
print("forest ROC-AUC:", round(roc_auc_score(y_test, proba), 3), "F1:", round(f1_score(y_test, pred), 3))
print(classification_report(y_test, pred, digits=3))

imp = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(10).round(4))

# submission
X_bal, y_bal = sm.fit_resample(X, y)
rf.fit(X_bal, y_bal)
test = pd.read_csv("test.csv").drop(columns=["exit_interview_score", "final_pay_date_set"], errors="ignore")
test["salary_band"] = pd.cut(test["salary"], [0, 40_000, 60_000, 85_000, 120_000, np.inf], labels=False)
test["overtime_heavy"] = (test["overtime_hours_month"] > 20).astype(int)
test["stalled"] = ((test["tenure_years"] > 3) & (test["last_raise_pct"] < 2)).astype(int)
test["engagement_score"] = test["engagement_score"].fillna(-1)
test["training_hours"] = test["training_hours"].fillna(0)
X_sub = pd.get_dummies(test.drop(columns=["employee_id"]), columns=["department"], dtype=int).reindex(
    columns=X.columns, fill_value=0)
pd.DataFrame({"employee_id": test["employee_id"], "prediction": rf.predict_proba(X_sub)[:, 1]}).to_csv(
    "predictions.csv", index=False)
