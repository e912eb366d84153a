# churn take-home - mid-level submission
# GroupKFold on customer_id so the same customer never sits in train and
# validation at once (customers have up to 9 monthly snapshots).
import json

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupKFold

TARGET = "churned_next_month"
task = json.load(open("task.json"))
LEAKY = task.get("leaky_columns", [])

train = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])


def build(df):
    df = df.sort_values(["customer_id", "snapshot_month"]).copy()
    g = df.groupby("customer_id")
    df["logins_lag1"] = g["logins_30d"].shift(1)
    df["tickets_lag1"] = g["support_tickets_30d"].shift(1)
    df["charges_change"] = df["monthly_charges"] - g["monthly_charges"].shift(1)
    df["tickets_prev3"] = g["support_tickets_30d"].transform(
        lambda s: s.shift(1).rolling(3, min_periods=1).sum())
    df["charge_per_tenure"] = df["monthly_charges"] / (df["tenure_months"] + 1)
    for c in ["plan", "region"]:
        df[c] = df[c].astype("category")
    return df


train = build(train)
test = build(test)
features = [c for c in train.columns
            if c not in ["snapshot_id", "customer_id", "snapshot_month", TARGET] + LEAKY]

X, y, groups = train[features], train[TARGET], train["customer_id"]
cv = GroupKFold(n_splits=5)
oof = np.zeros(len(train))
base_scores, model_scores = [], []
for fold, (tr, va) in enumerate(cv.split(X, y, groups)):
    clf = lgb.LGBMClassifier(n_estimators=300, learning_rate=0.05,
                             num_leaves=15, random_state=fold, verbose=-1)
    clf.fit(X.iloc[tr], y.iloc[tr])
    oof[va] = clf.predict_proba(X.iloc[va])[:, 1]
    # baseline: predict the training churn rate for everyone
    base = np.full(len(va), y.iloc[tr].mean())
    base_scores.append(average_precision_score(y.iloc[va], base))
    model_scores.append(average_precision_score(y.iloc[va], oof[va]))
    print(f"fold {fold}: AP model={model_scores[-1]:.3f} baseline={base_scores[-1]:.3f}")

print("OOF ROC AUC", round(roc_auc_score(y, oof), 4))
print("mean AP model", round(np.mean(model_scores), 4),
      "baseline", round(np.mean(base_scores), 4))

final = lgb.LGBMClassifier(n_estimators=300, learning_rate=0.05,
                           num_leaves=15, random_state=0, verbose=-1)
final.fit(X, y)
out = pd.DataFrame({"snapshot_id": test["snapshot_id"],
                    "prediction": final.predict_proba(test[features])[:, 1]})
out.to_csv("predictions.csv", index=False)
