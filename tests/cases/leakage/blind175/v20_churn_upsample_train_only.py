# churn_model.py
# Only ~5% of snapshots churn, so the churners are upsampled to a 1:3 ratio to
# give the logistic regression enough positive examples -- in the fitting
# months only; the validation quarter keeps its real class balance.

import numpy as np
import pandas as pd
from sklearn.utils import resample
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

TARGET = "churned_next_month"
NUM = ["tenure_months", "monthly_charges", "logins_30d", "days_since_last_login",
       "support_tickets_30d", "payment_failures_90d", "has_discount"]
CAT = ["plan", "region"]

raw = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print("class balance:", raw[TARGET].value_counts().to_dict())

# ---------------------------------------------------------------- split
# fit on Jan-Jun, validate on Jul-Sep customers that are new in Jul-Sep
fit_df = raw[raw["snapshot_month"] < "2024-07-01"]
val_df = raw[raw["snapshot_month"] >= "2024-07-01"]
val_df = val_df[~val_df["customer_id"].isin(fit_df["customer_id"])]


def upsample(frame, ratio=3, seed=5):
    majority = frame[frame[TARGET] == 0]
    minority = frame[frame[TARGET] == 1]
    minority_up = resample(minority, replace=True, n_samples=len(majority) // ratio, random_state=seed)
    return pd.concat([majority, minority_up]).reset_index(drop=True)


fit_bal = upsample(fit_df)
print("fitting months after rebalance:", fit_bal[TARGET].value_counts().to_dict())


def design(frame, cols=None):
    X = pd.concat([frame[NUM], pd.get_dummies(frame[CAT], drop_first=True)], axis=1).astype(float)
    return X if cols is None else X.reindex(columns=cols, fill_value=0.0)


X_fit = design(fit_bal)
X_val = design(val_df, X_fit.columns)
scaler = StandardScaler().fit(X_fit)
lr = LogisticRegression(max_iter=1000, C=0.5)
lr.fit(scaler.transform(X_fit), fit_bal[TARGET])

p = lr.predict_proba(scaler.transform(X_val))[:, 1]
y = val_df[TARGET]
naive = np.full(len(y), fit_df[TARGET].mean())

print("\n                 model    naive baseline")
print(f"ROC AUC        {roc_auc_score(y, p):.4f}    {roc_auc_score(y, naive):.4f}")
print(f"PR AUC         {average_precision_score(y, p):.4f}    {average_precision_score(y, naive):.4f}")
print(f"Brier          {brier_score_loss(y, p):.4f}    {brier_score_loss(y, naive):.4f}   (model not recalibrated)")

coef = pd.Series(lr.coef_[0], index=X_fit.columns).sort_values()
print("\ncoefficients (standardised):")
print(coef.round(3).to_string())

# ---------------------------------------------------------------- final
all_bal = upsample(raw)
X_all = design(all_bal)
scaler_all = StandardScaler().fit(X_all)
lr_all = LogisticRegression(max_iter=1000, C=0.5).fit(scaler_all.transform(X_all), all_bal[TARGET])
p_test = lr_all.predict_proba(scaler_all.transform(design(test, X_all.columns)))[:, 1]
# undo the oversampling shift so probabilities are on the real scale
true_rate, sample_rate = raw[TARGET].mean(), all_bal[TARGET].mean()
odds = p_test / (1 - p_test) * (true_rate / (1 - true_rate)) / (sample_rate / (1 - sample_rate))
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": odds / (1 + odds)}).to_csv(
    "predictions.csv", index=False)
