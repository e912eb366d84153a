"""
Attrition take-home: will this employee leave next month?
train.csv = one row per employee per month. First pass with gradient boosting.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "left_next_month"
DROP = ["record_id", "employee_id", "month", TARGET,
        "exit_interview_scheduled", "final_pay_processed"]  # HR fills these after a resignation


def build_features(frame):
    frame = frame.sort_values(["employee_id", "month"]).copy()
    g = frame.groupby("employee_id")
    frame["engagement_score"] = g["engagement_score"].ffill()
    frame["overtime_lag1"] = g["overtime_hours"].shift(1)
    frame["overtime_delta"] = frame["overtime_hours"] - frame["overtime_lag1"]
    frame["absence_prev3"] = g["absence_days"].transform(
        lambda s: s.shift(1).rolling(3, min_periods=1).sum())
    frame["months_observed"] = g.cumcount()
    frame["salary_change_prev"] = g["salary_change_pct"].shift(1)
    frame = pd.get_dummies(frame, columns=["department", "job_level"], dtype=float)
    return frame


train = pd.read_csv("train.csv", parse_dates=["month"])
test = pd.read_csv("test.csv", parse_dates=["month"])
print(train.shape, test.shape)
print(train[TARGET].mean())
print(train.groupby("department")[TARGET].mean().sort_values(ascending=False).head())

full = build_features(pd.concat([train, test], ignore_index=True))
df = full[full[TARGET].notna()].copy()
sub = full[full[TARGET].isna()].copy()

features = [c for c in df.columns if c not in DROP]
X = df[features]
y = df[TARGET].astype(int)

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, stratify=y, random_state=42)
print("train", X_train.shape, "test", X_test.shape)

dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
p_dummy = dummy.predict_proba(X_test)[:, 1]

model = HistGradientBoostingClassifier(
    learning_rate=0.05, max_iter=400, max_leaf_nodes=31,
    class_weight="balanced", random_state=42)
model.fit(X_train, y_train)
p = model.predict_proba(X_test)[:, 1]

print(f"dummy  ROC AUC {roc_auc_score(y_test, p_dummy):.3f}  AP {average_precision_score(y_test, p_dummy):.3f}")
print(f"hgb    ROC AUC {roc_auc_score(y_test, p):.3f}  AP {average_precision_score(y_test, p):.3f}")

# refit on everything we have and write the submission
model.fit(X, y)
sub["prediction"] = model.predict_proba(sub[features])[:, 1]
sub[["record_id", "prediction"]].to_csv("predictions.csv", index=False)
print("wrote predictions.csv", len(sub))
