# churn_model.py
# Take-home: predict churned_next_month from monthly customer snapshots.
# Holdout = the most recent three months so the check looks like "predict the future".

import json
from pathlib import Path

import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import FunctionTransformer, OneHotEncoder, StandardScaler

HERE = Path(".")
task = json.loads((HERE / "task.json").read_text())
TARGET = task["target"]
ID_COL = task["id_column"]
TIME_COL = task["time_column"]
LEAKY = task["leaky_columns"]

CAT = ["plan", "region"]
NUM = ["tenure_months", "monthly_charges", "logins_30d", "days_since_last_login",
       "support_tickets_30d", "payment_failures_90d", "has_discount"]


def load(name):
    frame = pd.read_csv(HERE / name, parse_dates=[TIME_COL])
    return frame.sort_values(TIME_COL).reset_index(drop=True)


def inactivity_flags(X):
    X = X.copy()
    X["inactive_2w"] = (X["days_since_last_login"] > 14).astype(int)
    X["any_payfail"] = (X["payment_failures_90d"] > 0).astype(int)
    return X


train = load("train.csv")
test = load("test.csv")
assert not set(LEAKY) & set(CAT + NUM)
print(train[TIME_COL].value_counts().sort_index())

cut = train[TIME_COL].max() - pd.DateOffset(months=2)
dev = train[train[TIME_COL] < cut]
hold = train[train[TIME_COL] >= cut]
print(f"dev {dev[TIME_COL].min().date()}..{dev[TIME_COL].max().date()}  n={len(dev)}")
print(f"hold {hold[TIME_COL].min().date()}..{hold[TIME_COL].max().date()}  n={len(hold)}")

flags = FunctionTransformer(inactivity_flags)
encode = make_column_transformer(
    (OneHotEncoder(handle_unknown="ignore"), CAT),
    remainder="passthrough",
)

# baseline: scaled logistic regression on the two engagement columns
baseline = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000))
baseline.fit(dev[["logins_30d", "days_since_last_login"]], dev[TARGET])
p_base = baseline.predict_proba(hold[["logins_30d", "days_since_last_login"]])[:, 1]

gbm = make_pipeline(flags, encode, GradientBoostingClassifier(n_estimators=300, max_depth=3,
                                                              learning_rate=0.05, subsample=0.8,
                                                              random_state=1))
gbm.fit(dev[CAT + NUM], dev[TARGET])
p_gbm = gbm.predict_proba(hold[CAT + NUM])[:, 1]

for name, p in [("baseline logreg", p_base), ("gbm", p_gbm)]:
    print(f"{name:16s} roc_auc={roc_auc_score(hold[TARGET], p):.4f}  "
          f"avg_precision={average_precision_score(hold[TARGET], p):.4f}")

gbm.fit(train[CAT + NUM], train[TARGET])
out = pd.DataFrame({ID_COL: test[ID_COL], "prediction": gbm.predict_proba(test[CAT + NUM])[:, 1]})
out.to_csv("predictions.csv", index=False)
print("wrote", len(out), "predictions")
