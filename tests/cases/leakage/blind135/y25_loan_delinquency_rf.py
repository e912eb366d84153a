import pandas as pd
import numpy as np
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score

# load
loans = pd.read_csv("train.csv")
loans["statement_month"] = pd.to_datetime(loans["statement_month"])
loans = loans.sort_values(["borrower_id", "statement_month"])
print(loans.shape)
print(loans.dtypes)

# quick look
print(loans.groupby("product")["delinquent_90d"].mean())
print(loans.groupby("income_band")["delinquent_90d"].mean())

# features
loans["utilization_prev"] = loans.groupby("borrower_id")["utilization"].shift(1)
loans["utilization_change"] = loans["utilization"] - loans["utilization_prev"]
loans["payment_gap"] = loans["min_payment_due"] - loans["payment_made"]
loans["late_streak"] = (
    loans.groupby("borrower_id")["days_past_due"]
    .transform(lambda s: (s > 0).astype(int).groupby((s == 0).cumsum()).cumsum())
)
loans["months_on_book"] = loans.groupby("borrower_id").cumcount() + 1
loans["month_of_year"] = loans["statement_month"].dt.month
loans = pd.get_dummies(loans, columns=["product", "income_band"], drop_first=True)
loans = loans.fillna(0)

cols = [
    "credit_limit", "balance", "utilization", "min_payment_due", "payment_made",
    "days_past_due", "num_late_12m", "collections_call_count", "utilization_prev",
    "utilization_change", "payment_gap", "late_streak", "months_on_book", "month_of_year",
]
cols += [c for c in loans.columns if c.startswith(("product_", "income_band_"))]

# time based split: train on everything before July, test on July-September
train = loans[loans["statement_month"] < "2024-07-01"]
test = loans[loans["statement_month"] >= "2024-07-01"]
print("train", train.shape, "test", test.shape)

rf = RandomForestClassifier(n_estimators=400, max_depth=14, min_samples_leaf=10,
                            n_jobs=-1, random_state=1)
rf.fit(train[cols], train["delinquent_90d"])
preds = rf.predict(test[cols])
print("test accuracy:", round(accuracy_score(test["delinquent_90d"], preds), 4))
print("train accuracy:", round(accuracy_score(train["delinquent_90d"], rf.predict(train[cols])), 4))

importances = pd.Series(rf.feature_importances_, index=cols).sort_values(ascending=False)
print(importances)

# predictions for the hidden test
sub = pd.read_csv("test.csv")
sub["statement_month"] = pd.to_datetime(sub["statement_month"])
sub = sub.sort_values(["borrower_id", "statement_month"])
sub["utilization_prev"] = sub.groupby("borrower_id")["utilization"].shift(1)
sub["utilization_change"] = sub["utilization"] - sub["utilization_prev"]
sub["payment_gap"] = sub["min_payment_due"] - sub["payment_made"]
sub["late_streak"] = (
    sub.groupby("borrower_id")["days_past_due"]
    .transform(lambda s: (s > 0).astype(int).groupby((s == 0).cumsum()).cumsum())
)
sub["months_on_book"] = sub.groupby("borrower_id").cumcount() + 1
sub["month_of_year"] = sub["statement_month"].dt.month
sub = pd.get_dummies(sub, columns=["product", "income_band"], drop_first=True)
sub = sub.reindex(columns=list(dict.fromkeys(["statement_id"] + cols)), fill_value=0).fillna(0)
pd.DataFrame({"statement_id": sub["statement_id"],
              "prediction": rf.predict_proba(sub[cols])[:, 1]}).to_csv("predictions.csv", index=False)
