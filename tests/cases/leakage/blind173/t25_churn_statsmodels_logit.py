"""
Churn - logistic regression with statsmodels (I want p-values and odds ratios
for the memo, not just a score).

Steps
  1. engineered features (lags within customer)
  2. keep the features that are actually related to churn (|corr| filter)
  3. Logit on Jan-Jun rows of 80% of customers, evaluated on Jul-Sep rows
     of the other 20%
"""
import numpy as np
import pandas as pd
import statsmodels.api as sm
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "churned_next_month"
CUT = pd.Timestamp("2024-07-01")
MIN_ABS_CORR = 0.03

train = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])


def engineer(df):
    df = df.sort_values(["customer_id", "snapshot_month"]).copy()
    g = df.groupby("customer_id")
    df["logins_lag1"] = g["logins_30d"].shift(1)
    df["d_logins"] = df["logins_30d"] - df["logins_lag1"]
    df["d_tickets"] = df["support_tickets_30d"] - g["support_tickets_30d"].shift(1)
    df["log_charges"] = np.log1p(df["monthly_charges"])
    df["no_login_2w"] = (df["days_since_last_login"] > 14).astype(float)
    df["new_customer"] = (df["tenure_months"] < 6).astype(float)
    for col in ["logins_lag1", "d_logins", "d_tickets"]:
        df[col] = df[col].fillna(0.0)
    df["days_since_last_login"] = df["days_since_last_login"].fillna(90)
    dummies = pd.get_dummies(df[["plan", "region"]], drop_first=True, dtype=float)
    return pd.concat([df, dummies], axis=1)


train = engineer(train)
test = engineer(test)

candidates = [
    "tenure_months", "log_charges", "has_discount", "logins_30d", "days_since_last_login",
    "support_tickets_30d", "payment_failures_90d", "logins_lag1", "d_logins", "d_tickets",
    "no_login_2w", "new_customer",
] + [c for c in train.columns if c.startswith(("plan_", "region_"))]

# --- 2. correlation screen ---------------------------------------------------
corr = train[candidates + [TARGET]].corr()[TARGET].drop(TARGET)
print(corr.sort_values())
selected = corr[corr.abs() >= MIN_ABS_CORR].index.tolist()
print(f"{len(selected)} of {len(candidates)} features kept:", selected)

# --- 3. split ---------------------------------------------------------------
rng = np.random.default_rng(123)
cust = train["customer_id"].unique()
eval_customers = rng.choice(cust, size=len(cust) // 5, replace=False)
in_eval = train["customer_id"].isin(eval_customers)
fit_df = train[~in_eval & (train["snapshot_month"] < CUT)]
eval_df = train[in_eval & (train["snapshot_month"] >= CUT)]
print("fit rows:", len(fit_df), "eval rows:", len(eval_df))

X_fit = sm.add_constant(fit_df[selected])
logit = sm.Logit(fit_df[TARGET], X_fit).fit(disp=False, maxiter=200)
print("converged:", logit.mle_retvals["converged"])

odds = pd.DataFrame({"odds_ratio": np.exp(logit.params), "p_value": logit.pvalues})
print(odds.sort_values("p_value"))

p_eval = logit.predict(sm.add_constant(eval_df[selected], has_constant="add"))
print(f"holdout ROC AUC      {roc_auc_score(eval_df[TARGET], p_eval):.4f}")
print(f"holdout PR AUC       {average_precision_score(eval_df[TARGET], p_eval):.4f}")

# --- final model on all labelled data ----------------------------------------
final = sm.Logit(train[TARGET], sm.add_constant(train[selected])).fit(disp=False, maxiter=200)
X_test = sm.add_constant(test.reindex(columns=selected, fill_value=0.0), has_constant="add")
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": final.predict(X_test)}) \
    .to_csv("predictions.csv", index=False)
