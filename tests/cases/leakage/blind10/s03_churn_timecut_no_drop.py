# churn take-home -- time based validation
import pandas as pd
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.compose import make_column_transformer
from sklearn.impute import SimpleImputer
from sklearn.pipeline import make_pipeline
from sklearn.metrics import roc_auc_score, average_precision_score

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])

print(df.shape)
print(df.snapshot_month.min(), df.snapshot_month.max())
print(df.churned_next_month.mean())
print(df.groupby("customer_id").size().describe())

df = df.sort_values(["customer_id", "snapshot_month"])
# previous month's activity for the same customer (past only)
df["logins_prev"] = df.groupby("customer_id")["logins_30d"].shift(1)
df["tickets_prev"] = df.groupby("customer_id")["support_tickets_90d"].shift(1)
df["logins_delta"] = df["logins_30d"] - df["logins_prev"]

num_cols = ["tenure_months", "monthly_charges", "support_tickets_90d", "logins_30d",
            "payment_failures", "logins_prev", "tickets_prev", "logins_delta"]
cat_cols = ["plan", "region", "contract_type"]

# last three months are the validation period
cut = df.snapshot_month.sort_values().unique()[-3]
tr = df[df.snapshot_month < cut]
va = df[df.snapshot_month >= cut]
print("train rows", len(tr), "valid rows", len(va))
print("valid customers also in train:", va.customer_id.isin(tr.customer_id).mean())

pre = make_column_transformer(
    (make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), num_cols),
    (OneHotEncoder(handle_unknown="ignore"), cat_cols),
)
model = make_pipeline(pre, LogisticRegression(C=0.5, max_iter=2000, class_weight="balanced"))
model.fit(tr[num_cols + cat_cols], tr.churned_next_month)

p = model.predict_proba(va[num_cols + cat_cols])[:, 1]
print("model    AUC %.4f  AP %.4f" % (roc_auc_score(va.churned_next_month, p),
                                      average_precision_score(va.churned_next_month, p)))

# baseline: predict the training churn rate for everyone
prior = np.full(len(va), tr.churned_next_month.mean())
print("baseline AUC %.4f  AP %.4f" % (roc_auc_score(va.churned_next_month, prior),
                                      average_precision_score(va.churned_next_month, prior)))

# refit on everything for the submission
model.fit(df[num_cols + cat_cols], df.churned_next_month)

full = pd.concat([df.assign(_is_test=0), test.assign(_is_test=1)]).sort_values(
    ["customer_id", "snapshot_month"])
full["logins_prev"] = full.groupby("customer_id")["logins_30d"].shift(1)
full["tickets_prev"] = full.groupby("customer_id")["support_tickets_90d"].shift(1)
full["logins_delta"] = full["logins_30d"] - full["logins_prev"]
te = full[full._is_test == 1]

pd.DataFrame({
    "snapshot_id": te.snapshot_id,
    "prediction": model.predict_proba(te[num_cols + cat_cols])[:, 1],
}).to_csv("predictions.csv", index=False)
