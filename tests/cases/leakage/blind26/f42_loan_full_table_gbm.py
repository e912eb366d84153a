"""Default model on the full application table (all usable columns)."""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "defaulted_12m"
KEYS = ["loan_id", "applicant_id", "application_date"]
POST_OUTCOME = ["final_payment_status"]

apps = pd.read_csv("applications.csv", parse_dates=["application_date"])
print(apps.columns.tolist())

apps["loan_to_income"] = apps["amount"] / apps["income"].clip(lower=1)
apps["installment"] = apps["amount"] / apps["term_months"]
apps["app_month"] = apps["application_date"].dt.month
for col in ["purpose", "home_ownership", "employment_type", "region"]:
    apps[col] = apps[col].astype("category")

X = apps.drop(columns=[TARGET] + KEYS + POST_OUTCOME)
y = apps[TARGET]
print("n features:", X.shape[1])

cut = pd.Timestamp("2021-07-01")
train_idx = apps.index[apps["application_date"] < cut]
test_idx = apps.index[apps["application_date"] >= cut]

model = lgb.LGBMClassifier(n_estimators=600, learning_rate=0.03, num_leaves=31,
                           min_child_samples=60, colsample_bytree=0.8, random_state=0, verbose=-1)
model.fit(X.loc[train_idx], y.loc[train_idx])
p = model.predict_proba(X.loc[test_idx])[:, 1]

dummy = DummyClassifier(strategy="prior").fit(X.loc[train_idx], y.loc[train_idx])
p0 = dummy.predict_proba(X.loc[test_idx])[:, 1]

print("dummy    AUC %.3f AP %.3f" % (roc_auc_score(y.loc[test_idx], p0), average_precision_score(y.loc[test_idx], p0)))
print("lightgbm AUC %.3f AP %.3f" % (roc_auc_score(y.loc[test_idx], p), average_precision_score(y.loc[test_idx], p)))
imp = pd.Series(model.booster_.feature_importance("gain"), index=X.columns).sort_values(ascending=False)
print(imp.head(10).round(1))
