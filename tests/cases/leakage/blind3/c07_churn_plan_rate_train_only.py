import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
cut = "2024-07-01"
train = df[df.snapshot_month < cut].copy()
test = df[df.snapshot_month >= cut].copy()
test = test[~test.customer_id.isin(train.customer_id)]

plan_rate = train.groupby("plan_type")["churned"].mean()
train["plan_churn_rate"] = train["plan_type"].map(plan_rate)
test["plan_churn_rate"] = test["plan_type"].map(plan_rate).fillna(train["churned"].mean())

feats = ["monthly_charges", "num_products", "support_tickets", "plan_churn_rate"]
m = lgb.LGBMClassifier(n_estimators=400, learning_rate=0.03).fit(train[feats], train.churned)
d = DummyClassifier(strategy="prior").fit(train[feats], train.churned)
print("AUC", roc_auc_score(test.churned, m.predict_proba(test[feats])[:, 1]),
      "baseline", roc_auc_score(test.churned, d.predict_proba(test[feats])[:, 1]))
