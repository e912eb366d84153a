# Attrition risk - take-home for the HR analytics role
# Author's note: kept it to a regularised logistic regression so HRBPs can read the drivers.

import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.pipeline import make_pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score, roc_auc_score, average_precision_score, recall_score

df = pd.read_csv("train.csv", parse_dates=["month"])
df = df.sort_values(["employee_id", "month"])

print("rows:", len(df), "employees:", df.employee_id.nunique())
print("months:", df.month.min().date(), "->", df.month.max().date())
print("leavers per month (mean):", df.groupby("month").left_next_month.sum().mean())

# history per employee, looking back only
df["overtime_3m"] = df.groupby("employee_id").overtime_hours.transform(lambda s: s.shift(1).rolling(3, min_periods=1).mean())
df["absence_6m"] = df.groupby("employee_id").absence_days.transform(lambda s: s.shift(1).rolling(6, min_periods=1).sum())
df["engagement_score"] = df.groupby("employee_id").engagement_score.ffill()
df["manager_changed_recently"] = (df.manager_changes_12m > 0).astype(int)
df["tenure_years"] = df.tenure_months / 12

num_cols = ["tenure_years", "monthly_salary", "salary_change_pct", "overtime_hours", "overtime_3m",
            "absence_days", "absence_6m", "last_review_score", "engagement_score",
            "promotions_24m", "commute_km", "remote_share", "manager_changed_recently"]
cat_cols = ["department", "job_level"]

# held-out employees, scored on months after training ends
rs = np.random.RandomState(5)
staff = df.employee_id.unique()
test_staff = rs.choice(staff, size=int(len(staff) * 0.25), replace=False)
split_month = pd.Timestamp("2023-01-01")
train = df[~df.employee_id.isin(test_staff) & (df.month < split_month)]
test = df[df.employee_id.isin(test_staff) & (df.month >= split_month)]
print("train", train.shape, "test", test.shape)

prep = make_column_transformer(
    (make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), num_cols),
    (OneHotEncoder(handle_unknown="ignore"), cat_cols),
)
clf = make_pipeline(prep, LogisticRegression(C=0.1, max_iter=2000))
clf.fit(train[num_cols + cat_cols], train.left_next_month)

majority = DummyClassifier(strategy="most_frequent").fit(train[num_cols + cat_cols], train.left_next_month)

pred = clf.predict(test[num_cols + cat_cols])
proba = clf.predict_proba(test[num_cols + cat_cols])[:, 1]
print("majority-class accuracy:", round(accuracy_score(test.left_next_month, majority.predict(test[num_cols + cat_cols])), 4))
print("logistic accuracy      :", round(accuracy_score(test.left_next_month, pred), 4))
# ~3-4% leave per month, so accuracy says almost nothing -> ranking metrics + recall of leavers
print("logistic ROC AUC       :", round(roc_auc_score(test.left_next_month, proba), 4))
print("logistic avg precision :", round(average_precision_score(test.left_next_month, proba), 4),
      "(base rate", round(test.left_next_month.mean(), 4), ")")
top = proba >= np.quantile(proba, 0.9)
print("recall of leavers in top decile:", round(recall_score(test.left_next_month, top), 4))

coef = clf[-1].coef_[0]
names = clf[0].get_feature_names_out()
print(pd.Series(coef, index=names).sort_values().to_string())
