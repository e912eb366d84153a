# churn_model.py - next-month churn, take-home submission
#
# Usage: python churn_model.py   (expects train.csv, test.csv, task.json in the cwd)

import json

import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

with open("task.json") as fh:
    task = json.load(fh)

TARGET = task["target"]
ID = task["id_column"]
TIME = task["time_column"]
GROUP = task["group_column"]
LEAKY = task["leaky_columns"]

train = pd.read_csv("train.csv", parse_dates=[TIME])
test = pd.read_csv("test.csv", parse_dates=[TIME])
print("train", train.shape, "test", test.shape)
print("missing share:\n", train.isna().mean()[train.isna().mean() > 0].round(3))

# some months have gaps in the usage telemetry (logins / session minutes / charges);
# fill them from the same customer's neighbouring snapshots
GAP_COLS = ["logins_30d", "avg_session_minutes", "monthly_charges"]


def fill_gaps(df):
    df = df.sort_values([GROUP, TIME]).copy()
    df[GAP_COLS] = df.groupby(GROUP)[GAP_COLS].bfill()
    df[GAP_COLS] = df.groupby(GROUP)[GAP_COLS].ffill()
    return df


train = fill_gaps(train)
test = fill_gaps(test)
print("missing after fill:", train[GAP_COLS].isna().sum().to_dict())

CATS = ["plan", "region", "payment_method", "contract_type"]
train = pd.get_dummies(train, columns=CATS, dtype=int)
test = pd.get_dummies(test, columns=CATS, dtype=int)

FEATURES = [c for c in train.columns if c not in {TARGET, ID, GROUP, TIME, *LEAKY}]
for c in FEATURES:
    if c not in test.columns:
        test[c] = 0
print("features:", FEATURES)

# holdout: Jul-Sep, customers with no snapshot before July
cutoff = pd.Timestamp("2024-07-01")
fit = train[train[TIME] < cutoff]
hold = train[(train[TIME] >= cutoff) & (~train[GROUP].isin(fit[GROUP].unique()))]
print(f"fit rows {len(fit)}  holdout rows {len(hold)}  holdout churn {hold[TARGET].mean():.3%}")

params = dict(
    n_estimators=400,
    learning_rate=0.03,
    num_leaves=31,
    min_child_samples=50,
    subsample=0.8,
    subsample_freq=1,
    colsample_bytree=0.8,
    reg_lambda=1.0,
    random_state=2024,
    verbose=-1,
)
model = lgb.LGBMClassifier(**params)
model.fit(fit[FEATURES], fit[TARGET])
p_hold = model.predict_proba(hold[FEATURES])[:, 1]

base = DummyClassifier(strategy="prior").fit(fit[FEATURES], fit[TARGET])
p_base = base.predict_proba(hold[FEATURES])[:, 1]

print(f"LightGBM ROC AUC {roc_auc_score(hold[TARGET], p_hold):.4f}  "
      f"AP {average_precision_score(hold[TARGET], p_hold):.4f}")
print(f"Prior    ROC AUC {roc_auc_score(hold[TARGET], p_base):.4f}  "
      f"AP {average_precision_score(hold[TARGET], p_base):.4f}")

imp = pd.Series(model.feature_importances_, index=FEATURES).sort_values(ascending=False)
print(imp.head(10))

final = lgb.LGBMClassifier(**params).fit(train[FEATURES], train[TARGET])
pred = pd.DataFrame({ID: test[ID], "prediction": final.predict_proba(test[FEATURES])[:, 1]})
pred.to_csv("predictions.csv", index=False)
print("saved", len(pred), "predictions")
