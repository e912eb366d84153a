"""
Churn take-home (4h box). Decision tree ensemble vs. a majority-class dummy.

Holdout: July-September snapshots of customers who first appear in July or later;
the model is fitted on January-June. That matches the test file (later months,
customers not in train).
"""
import pandas as pd
import numpy as np
from sklearn.ensemble import AdaBoostClassifier
from sklearn.tree import DecisionTreeClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score

TARGET = "churned_next_month"

train_df = pd.read_csv("train.csv")
test_df = pd.read_csv("test.csv")

# ---------------------------------------------------------------- features
def to_features(frame):
    out = frame[["monthly_charges", "tenure_months", "usage_hours", "support_tickets", "payment_failures"]].copy()
    out = out.fillna(0)
    out["is_premium"] = (frame["plan"] == "premium").astype(int)
    out["is_basic"] = (frame["plan"] == "basic").astype(int)
    out["ticket_heavy"] = (out["support_tickets"] >= 3).astype(int)
    out["late_payer"] = (out["payment_failures"] >= 1).astype(int)
    out["tenure_years"] = out["tenure_months"] / 12.0
    return out


X = to_features(train_df)
y = train_df[TARGET]
X_test = to_features(test_df)

# ---------------------------------------------------------------- holdout
month_num = train_df["snapshot_month"].str[5:7].astype(int)
first_month = month_num.groupby(train_df["customer_id"]).transform("min")

fit_rows = month_num <= 6
hold_rows = (month_num >= 7) & (first_month >= 7)

X_fit, y_fit = X[fit_rows], y[fit_rows]
X_hold, y_hold = X[hold_rows], y[hold_rows]
print("fit:", X_fit.shape, " holdout:", X_hold.shape)

# ---------------------------------------------------------------- models
majority = DummyClassifier(strategy="most_frequent")
majority.fit(X_fit, y_fit)

ada = AdaBoostClassifier(
    estimator=DecisionTreeClassifier(max_depth=3, min_samples_leaf=30),
    n_estimators=200,
    learning_rate=0.5,
    random_state=17,
)
ada.fit(X_fit, y_fit)

acc_majority = accuracy_score(y_hold, majority.predict(X_hold))
acc_ada = accuracy_score(y_hold, ada.predict(X_hold))
print(f"majority class accuracy: {acc_majority:.4f}")
print(f"adaboost accuracy:       {acc_ada:.4f}")
print(f"improvement:             {acc_ada - acc_majority:+.4f}")

# stability across the three holdout months
for m in (7, 8, 9):
    rows = hold_rows & (month_num == m)
    if rows.sum() == 0:
        continue
    a = accuracy_score(y[rows], ada.predict(X[rows]))
    b = accuracy_score(y[rows], majority.predict(X[rows]))
    print(f"  month {m}: adaboost {a:.4f}  majority {b:.4f}  (n={int(rows.sum())})")

# ---------------------------------------------------------------- submission
ada.fit(X, y)
pd.DataFrame({"snapshot_id": test_df["snapshot_id"], "prediction": ada.predict_proba(X_test)[:, 1]}).to_csv(
    "predictions.csv", index=False
)
print("wrote predictions.csv")
