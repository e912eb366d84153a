# churn take-home -- xgboost on DMatrix, quick version
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import accuracy_score

np.random.seed(0)

data = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
to_score = pd.read_csv("test.csv", parse_dates=["snapshot_month"])

print(data.shape)
print(data.head())
print(data.isnull().sum())
print(data["churned_next_month"].value_counts())

cat_cols = ["plan_type", "contract_type", "region", "payment_method"]
num_cols = ["tenure_months", "monthly_charges", "total_charges", "num_products",
            "support_tickets_30d", "avg_session_minutes", "days_since_last_login",
            "late_payments_3m", "discount_pct"]

for c in cat_cols:
    data[c] = data[c].astype("category")
    to_score[c] = pd.Categorical(to_score[c], categories=data[c].cat.categories)

data["total_per_tenure"] = data["total_charges"] / (data["tenure_months"] + 1)
to_score["total_per_tenure"] = to_score["total_charges"] / (to_score["tenure_months"] + 1)
data["tickets_flag"] = (data["support_tickets_30d"] >= 3).astype(int)
to_score["tickets_flag"] = (to_score["support_tickets_30d"] >= 3).astype(int)

cols = num_cols + cat_cols + ["total_per_tenure", "tickets_flag"]

# customers split 80/20, then train on months before the cutoff and test after it
customers = data["customer_id"].unique()
np.random.shuffle(customers)
test_customers = set(customers[: len(customers) // 5])
cutoff = data["snapshot_month"].sort_values().iloc[int(len(data) * 0.8)]

is_test_cust = data["customer_id"].isin(test_customers)
train_part = data[~is_test_cust & (data["snapshot_month"] < cutoff)]
test_part = data[is_test_cust & (data["snapshot_month"] >= cutoff)]
print("train:", train_part.shape, "test:", test_part.shape)

dtrain = xgb.DMatrix(train_part[cols], label=train_part["churned_next_month"], enable_categorical=True)
dtest = xgb.DMatrix(test_part[cols], label=test_part["churned_next_month"], enable_categorical=True)

params = {
    "objective": "binary:logistic",
    "max_depth": 5,
    "eta": 0.1,
    "subsample": 0.8,
    "colsample_bytree": 0.8,
    "tree_method": "hist",
}
model = xgb.train(params, dtrain, num_boost_round=300)

probs = model.predict(dtest)
preds = (probs > 0.5).astype(int)
acc = accuracy_score(test_part["churned_next_month"], preds)
print("Test accuracy:", round(acc, 4))

# importance
scores = model.get_score(importance_type="gain")
for k, v in sorted(scores.items(), key=lambda kv: -kv[1])[:10]:
    print(f"{k:25s} {v:10.2f}")

# final model on all labelled rows
dall = xgb.DMatrix(data[cols], label=data["churned_next_month"], enable_categorical=True)
final = xgb.train(params, dall, num_boost_round=300)
out = pd.DataFrame({
    "snapshot_id": to_score["snapshot_id"],
    "prediction": final.predict(xgb.DMatrix(to_score[cols], enable_categorical=True)),
})
out.to_csv("predictions.csv", index=False)
print(out.head())
