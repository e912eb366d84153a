# churn-snapshots: interpretable logistic model on standardised point-in-time features
import json
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

with open("task.json") as fh:
    spec = json.load(fh)
TARGET = spec["target"]
TIME = spec["time_column"]
GROUP = spec["group_column"]
ID = spec["id_column"]

train = pd.read_csv("train.csv", parse_dates=[TIME])
test = pd.read_csv("test.csv", parse_dates=[TIME])
print(train.isna().mean().sort_values(ascending=False).head(6))

def history(df):
    df = df.sort_values([GROUP, TIME]).copy()
    g = df.groupby(GROUP)
    df["logins_prev"] = g["logins_30d"].shift(1)
    df["logins_ratio"] = np.log1p(df["logins_30d"]) - np.log1p(df["logins_prev"])
    df["idle_prev_max"] = g["days_since_last_login"].transform(lambda s: s.shift(1).rolling(3, min_periods=1).max())
    df["tickets_prev_sum"] = g["support_tickets_30d"].transform(lambda s: s.shift(1).rolling(3, min_periods=1).sum())
    df["charges_change"] = g["monthly_charges"].diff()
    df["log_tenure"] = np.log1p(df["tenure_months"])
    return pd.get_dummies(df, columns=["plan", "region"], drop_first=True, dtype=float)

train = history(train)
test = history(test)
NUMERIC = ["log_tenure", "monthly_charges", "has_discount", "logins_30d", "days_since_last_login",
           "support_tickets_30d", "payment_failures_90d", "logins_prev", "logins_ratio",
           "idle_prev_max", "tickets_prev_sum", "charges_change"]
DUMMIES = [c for c in train.columns if c.startswith(("plan_", "region_"))]
test = test.reindex(columns=list(test.columns) + [c for c in DUMMIES if c not in test.columns], fill_value=0.0)

# customer-level split + time cut: eval customers never appear in the fitted rows
cust = np.sort(train[GROUP].unique())
rng = np.random.default_rng(31)
eval_cust = rng.choice(cust, size=round(0.2 * len(cust)), replace=False)
cut = pd.Timestamp("2024-07-01")
is_eval_cust = train[GROUP].isin(eval_cust)
fit_rows = (train[TIME] < cut) & ~is_eval_cust
eval_rows = (train[TIME] >= cut) & is_eval_cust

# impute with medians and standardise with the mean/std over all snapshots
medians = train[NUMERIC].median()
train[NUMERIC] = train[NUMERIC].fillna(medians)
test[NUMERIC] = test[NUMERIC].fillna(medians)
mu, sd = train[NUMERIC].mean(), train[NUMERIC].std().replace(0, 1)
train[NUMERIC] = (train[NUMERIC] - mu) / sd
test[NUMERIC] = (test[NUMERIC] - mu) / sd

X_COLS = NUMERIC + DUMMIES
X_fit, y_fit = train.loc[fit_rows, X_COLS], train.loc[fit_rows, TARGET]
X_eval, y_eval = train.loc[eval_rows, X_COLS], train.loc[eval_rows, TARGET]

lr = LogisticRegression(C=1.0, max_iter=5000).fit(X_fit, y_fit)
p = lr.predict_proba(X_eval)[:, 1]
p_base = np.full(len(y_eval), y_fit.mean())
print(f"baseline (fit-period churn rate) logloss {log_loss(y_eval, p_base):.4f}")
print(f"logistic  logloss {log_loss(y_eval, p):.4f}  auc {roc_auc_score(y_eval, p):.4f}  "
      f"ap {average_precision_score(y_eval, p):.4f}")
print(pd.Series(lr.coef_[0], index=X_COLS).sort_values().round(3).to_string())

lr_all = LogisticRegression(C=1.0, max_iter=5000).fit(train[X_COLS], train[TARGET])
pd.DataFrame({ID: test[ID], "prediction": lr_all.predict_proba(test[X_COLS])[:, 1]}).to_csv("predictions.csv", index=False)
