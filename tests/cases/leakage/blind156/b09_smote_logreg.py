"""Churn next month - logistic regression with SMOTE on the training window."""
import json

import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, classification_report, roc_auc_score
from sklearn.preprocessing import OneHotEncoder, StandardScaler

RANDOM_STATE = 42
task = json.load(open("task.json"))
target, id_col = task["target"], task["id_column"]

raw = pd.read_csv("train.csv")
raw["snapshot_month"] = pd.to_datetime(raw["snapshot_month"])
sub_raw = pd.read_csv("test.csv")
print(raw[target].value_counts())

num_cols = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
            "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]
cat_cols = ["plan", "region"]

for frame in (raw, sub_raw):
    frame["days_since_last_login"] = frame["days_since_last_login"].fillna(90)
    frame["logins_per_tenure"] = frame["logins_30d"] / np.sqrt(frame["tenure_months"] + 1)
num_cols.append("logins_per_tenure")

# hold out the last quarter of the labelled period; only customers new to that quarter
cutoff = pd.Timestamp("2024-07-01")
train_df = raw[raw["snapshot_month"] < cutoff]
valid_df = raw[raw["snapshot_month"] >= cutoff]
valid_df = valid_df[~valid_df["customer_id"].isin(train_df["customer_id"])]
print("train", train_df.shape, "valid", valid_df.shape)

prep = ColumnTransformer([
    ("num", StandardScaler(), num_cols),
    ("cat", OneHotEncoder(handle_unknown="ignore"), cat_cols),
])
X_train = prep.fit_transform(train_df[num_cols + cat_cols])
X_valid = prep.transform(valid_df[num_cols + cat_cols])
y_train = train_df[target].values
y_valid = valid_df[target].values

# churners are ~5% of rows -> synthesise minority examples in the training window only
smote = SMOTE(sampling_strategy=0.3, random_state=RANDOM_STATE)
X_train_bal, y_train_bal = smote.fit_resample(X_train, y_train)
print("after SMOTE:", np.bincount(y_train_bal))

clf = LogisticRegression(max_iter=1000, C=1.0)
clf.fit(X_train_bal, y_train_bal)
dummy = DummyClassifier(strategy="stratified", random_state=RANDOM_STATE).fit(X_train, y_train)

p_clf = clf.predict_proba(X_valid)[:, 1]
p_dummy = dummy.predict_proba(X_valid)[:, 1]
print(f"dummy  roc_auc={roc_auc_score(y_valid, p_dummy):.3f} pr_auc={average_precision_score(y_valid, p_dummy):.3f}")
print(f"logreg roc_auc={roc_auc_score(y_valid, p_clf):.3f} pr_auc={average_precision_score(y_valid, p_clf):.3f}")
print(classification_report(y_valid, (p_clf > 0.5).astype(int), digits=3))

# refit on all labelled rows for the submission
X_all = prep.fit_transform(raw[num_cols + cat_cols])
X_all_bal, y_all_bal = SMOTE(sampling_strategy=0.3, random_state=RANDOM_STATE).fit_resample(
    X_all, raw[target].values)
final = LogisticRegression(max_iter=1000, C=1.0).fit(X_all_bal, y_all_bal)
test_pred = final.predict_proba(prep.transform(sub_raw[num_cols + cat_cols]))[:, 1]
pd.DataFrame({id_col: sub_raw[id_col], "prediction": test_pred}).to_csv("predictions.csv", index=False)

with open("metrics.json", "w") as fh:
    json.dump({"roc_auc": float(roc_auc_score(y_valid, p_clf)),
               "average_precision": float(average_precision_score(y_valid, p_clf))}, fh)
