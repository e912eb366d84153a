import pandas as pd
import numpy as np
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "churned_next_month"
DROP = ["snapshot_id", "customer_id", "snapshot_month", TARGET,
        "retention_offer_accepted", "account_closed_date_known"]

train = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
train = train.sort_values(["customer_id", "snapshot_month"])
train["month"] = train.snapshot_month.dt.month


def add_lags(df):
    g = df.groupby("customer_id")
    for col in ["monthly_charges", "usage_hours", "support_calls"]:
        df[f"{col}_prev"] = g[col].shift(1)
        df[f"{col}_delta"] = df[col] - df[f"{col}_prev"]
    return df.fillna(0)


train = add_lags(train)
cut = 8
fit = train[train.month < cut]
val = train[(train.month >= cut) & ~train.customer_id.isin(fit.customer_id)]
print(len(fit), len(val), val.customer_id.nunique())

features = [c for c in train.columns if c not in DROP and c != "month"]
model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000, class_weight="balanced"))
model.fit(fit[features], fit[TARGET])
p = model.predict_proba(val[features])[:, 1]

dummy = DummyClassifier(strategy="prior").fit(fit[features], fit[TARGET])
print("baseline auc", roc_auc_score(val[TARGET], dummy.predict_proba(val[features])[:, 1]))
print("model auc", roc_auc_score(val[TARGET], p))
print("model ap", average_precision_score(val[TARGET], p))

test = add_lags(pd.read_csv("test.csv", parse_dates=["snapshot_month"]).sort_values(["customer_id", "snapshot_month"]))
model.fit(train[features], train[TARGET])
pd.DataFrame({"snapshot_id": test.snapshot_id,
              "prediction": model.predict_proba(test[features])[:, 1]}).to_csv("predictions.csv", index=False)
