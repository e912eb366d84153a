# Churn take-home: 5-fold GroupKFold by customer, LightGBM vs a prior baseline.
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import GroupKFold, cross_val_score, cross_val_predict
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "churned_next_month"
CAT = ["plan", "region"]
NUM = ["tenure_months", "monthly_spend", "logins_30d", "support_tickets_30d", "days_since_last_login"]

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

# stateless extras
for df in (train, test):
    df["spend_per_login"] = df["monthly_spend"] / (df["logins_30d"] + 1)
    df["idle_weeks"] = (df["days_since_last_login"] // 7).clip(upper=12)
    for c in CAT:
        df[c] = pd.Categorical(df[c], categories=sorted(train[c].dropna().unique()))

FEATURES = NUM + CAT + ["spend_per_login", "idle_weeks"]
X, y, groups = train[FEATURES], train[TARGET], train["customer_id"]

cv = GroupKFold(n_splits=5)
model = lgb.LGBMClassifier(n_estimators=500, learning_rate=0.03, num_leaves=31,
                           min_child_samples=50, reg_lambda=1.0, random_state=2, verbose=-1)
baseline = DummyClassifier(strategy="prior")

auc_model = cross_val_score(model, X, y, groups=groups, cv=cv, scoring="roc_auc")
auc_base = cross_val_score(baseline, X, y, groups=groups, cv=cv, scoring="roc_auc")
ap_model = cross_val_score(model, X, y, groups=groups, cv=cv, scoring="average_precision")

print("LightGBM ROC AUC per fold:", np.round(auc_model, 4))
print(f"LightGBM ROC AUC {auc_model.mean():.4f} +/- {auc_model.std():.4f}")
print(f"LightGBM AP      {ap_model.mean():.4f}")
print(f"Baseline ROC AUC {auc_base.mean():.4f}")

oof = cross_val_predict(model, X, y, groups=groups, cv=cv, method="predict_proba")[:, 1]
print("OOF AUC", round(roc_auc_score(y, oof), 4), "OOF AP", round(average_precision_score(y, oof), 4))

model.fit(X, y)
pd.DataFrame({"snapshot_id": test["snapshot_id"],
              "prediction": model.predict_proba(test[FEATURES])[:, 1]}).to_csv("predictions.csv", index=False)
