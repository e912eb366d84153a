"""
Micro-loan default model for NEW borrowers.

Business question: a borrower we have never lent to applies after the model goes live -
how likely is default? So the evaluation mimics that: train on applications before the
cut-off date, evaluate on applications after it from borrowers with no loan before it.
Per-borrower history features: previous loan (shift) plus the borrower's overall profile.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

CUTOFF = pd.Timestamp("2023-01-01")

loans = pd.read_csv("loans.csv", parse_dates=["application_date"])
loans = loans.sort_values(["customer_id", "application_date"]).reset_index(drop=True)
print(loans.shape, loans["application_date"].min(), loans["application_date"].max())

# ------------------------------------------------------------ history features (past only)
g = loans.groupby("customer_id")
loans["n_prev_loans"] = g.cumcount()
loans["prev_amount"] = g["amount"].shift(1)
loans["days_since_prev"] = g["application_date"].diff().dt.days
loans["prev_amount_mean"] = (g["amount"].transform(lambda s: s.shift(1).expanding().mean()))
loans["amount_vs_prev"] = loans["amount"] / loans["prev_amount"]
# borrower profile
loans["cust_n_loans"] = g["amount"].transform("count")
loans["cust_amount_mean"] = g["amount"].transform("mean")
loans["cust_amount_max"] = g["amount"].transform("max")
loans["cust_term_mean"] = g["term_months"].transform("mean")

# ------------------------------------------------------------ row-wise features
loans["app_month"] = loans["application_date"].dt.month
loans["app_dow"] = loans["application_date"].dt.dayofweek
loans["log_amount"] = np.log1p(loans["amount"])
loans["log_income"] = np.log1p(loans["declared_income"])
loans["dti"] = loans["monthly_installment"] / loans["declared_income"].replace(0, np.nan)

FEATURES = ["n_prev_loans", "prev_amount", "days_since_prev", "prev_amount_mean",
            "amount_vs_prev", "cust_n_loans", "cust_amount_mean", "cust_amount_max",
            "cust_term_mean", "app_month", "app_dow", "log_amount", "log_income", "dti",
            "term_months", "age", "channel_code", "region_code"]
TARGET = "defaulted"

# ------------------------------------------------------------ split: time, then cold-start
train = loans[loans["application_date"] < CUTOFF]
test = loans[loans["application_date"] >= CUTOFF]
seen = set(train["customer_id"])
test = test[~test["customer_id"].isin(seen)]
print(f"train {len(train)} rows / {train.customer_id.nunique()} borrowers; "
      f"test {len(test)} rows / {test.customer_id.nunique()} new borrowers")

model = lgb.LGBMClassifier(n_estimators=500, learning_rate=0.03, num_leaves=31,
                           min_child_samples=50, colsample_bytree=0.8,
                           subsample=0.8, subsample_freq=1, random_state=5, verbose=-1)
model.fit(train[FEATURES], train[TARGET])
p = model.predict_proba(test[FEATURES])[:, 1]

dummy = DummyClassifier(strategy="prior").fit(train[FEATURES], train[TARGET])
p0 = dummy.predict_proba(test[FEATURES])[:, 1]

print(f"test AUC      {roc_auc_score(test[TARGET], p):.4f}  (dummy {roc_auc_score(test[TARGET], p0):.4f})")
print(f"test PR-AUC   {average_precision_score(test[TARGET], p):.4f}  "
      f"(dummy {average_precision_score(test[TARGET], p0):.4f})")
print(f"test logloss  {log_loss(test[TARGET], p):.4f}  (dummy {log_loss(test[TARGET], p0):.4f})")

imp = pd.Series(model.feature_importances_, index=FEATURES).sort_values(ascending=False)
print(imp)
