# Churn-snapshots: LightGBM with point-in-time lag features
#
# Plan: build lag / delta features per customer (past snapshots only), hold out the last
# quarter of the training window, compare against a one-feature rule score, then refit.

import json
import numpy as np
import pandas as pd
import lightgbm as lgb
import matplotlib.pyplot as plt
from sklearn.metrics import roc_auc_score, average_precision_score

with open("task.json") as fh:
    task = json.load(fh)
TARGET = task["target"]
TIME = task["time_column"]
GROUP = task["group_column"]
ID = task["id_column"]
LEAKY = task.get("leaky_columns", [])
print(task["metric"], TARGET, TIME, GROUP, LEAKY)

df = pd.read_csv("train.csv", parse_dates=[TIME])
test = pd.read_csv("test.csv", parse_dates=[TIME])
df[TARGET].value_counts(normalize=True)

df.groupby(TIME)[TARGET].mean().plot(marker="o", title="churn rate by snapshot month")
plt.show()

LAG_COLS = ["logins_30d", "support_tickets_30d", "monthly_charges", "days_since_last_login"]

def lag_features(frame):
    frame = frame.sort_values([GROUP, TIME]).copy()
    g = frame.groupby(GROUP, sort=False)
    for col in LAG_COLS:
        frame[f"{col}_lag1"] = g[col].shift(1)
        frame[f"{col}_lag2"] = g[col].shift(2)
        frame[f"{col}_d1"] = frame[col] - frame[f"{col}_lag1"]
    frame["pay_fail_prev"] = g["payment_failures_90d"].shift(1)
    frame["snapshots_so_far"] = g.cumcount() + 1
    frame["plan_changed"] = (g["plan"].shift(1) != frame["plan"]) & g["plan"].shift(1).notna()
    frame["plan_changed"] = frame["plan_changed"].astype(int)
    for c in ["plan", "region"]:
        frame[c] = frame[c].astype("category")
    return frame

df = lag_features(df)
test = lag_features(test)
FEATURES = [c for c in df.columns if c not in {TARGET, TIME, GROUP, ID, *LEAKY}]
print(len(FEATURES), FEATURES)

cut = pd.Timestamp("2024-07-01")
train_part = df[df[TIME] < cut]
# the hidden test holds *other* customers, so drop everyone who already has a row before the cut
valid = df[(df[TIME] >= cut) & ~df[GROUP].isin(train_part[GROUP].unique())]
print(f"train {train_part.shape}, valid {valid.shape}, "
      f"valid customers {valid[GROUP].nunique()}")

params = dict(objective="binary", learning_rate=0.03, num_leaves=31, min_child_samples=50,
              subsample=0.8, subsample_freq=1, colsample_bytree=0.8, reg_lambda=1.0,
              n_estimators=600, verbose=-1, random_state=42)
clf = lgb.LGBMClassifier(**params)
clf.fit(train_part[FEATURES], train_part[TARGET])
p_valid = clf.predict_proba(valid[FEATURES])[:, 1]

# rule score: the longer since last login, the more likely to churn
rule = valid["days_since_last_login"].fillna(999)
print("baseline (days_since_last_login) AUC", round(roc_auc_score(valid[TARGET], rule), 4),
      "AP", round(average_precision_score(valid[TARGET], rule), 4))
print("lightgbm AUC", round(roc_auc_score(valid[TARGET], p_valid), 4),
      "AP", round(average_precision_score(valid[TARGET], p_valid), 4))

imp = pd.Series(clf.feature_importances_, index=FEATURES).sort_values(ascending=False)
imp.head(15).plot.barh(figsize=(6, 5))
plt.gca().invert_yaxis()
plt.show()

final = lgb.LGBMClassifier(**params).fit(df[FEATURES], df[TARGET])
for c in ["plan", "region"]:
    test[c] = pd.Categorical(test[c], categories=df[c].cat.categories)
out = pd.DataFrame({ID: test[ID], "prediction": final.predict_proba(test[FEATURES])[:, 1]})
out.to_csv("predictions.csv", index=False)
out.shape
