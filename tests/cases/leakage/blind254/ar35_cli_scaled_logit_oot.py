"""
Credit line increase - response propensity
------------------------------------------
Logistic regression on standardised snapshot features.
Validation: offers from 2023-07 onwards, restricted to accounts with no earlier offer.
Baseline: a one-variable model on utilisation (the current targeting rule is "util > 70%").
"""
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss
from sklearn.preprocessing import StandardScaler

df = pd.read_csv("train.csv")
df["snapshot_month"] = pd.to_datetime(df["snapshot_month"])
print(df.shape, "| response rate", round(df["responded"].mean(), 3))

# ----------------------------------------------------------------- features
df["offer_pct"] = df["offer_amount"] / df["credit_limit"]
df["log_limit"] = np.log(df["credit_limit"].clip(lower=100))
df["log_purch_amt"] = np.log1p(df["purchase_amount_3m"])
df["any_cash_adv"] = (df["cash_advance_3m"] > 0).astype(int)
df["months_since_last_cli"] = df["months_since_last_cli"].fillna(999).clip(upper=60)
df["payment_ratio_3m"] = df["payment_ratio_3m"].fillna(0)

NUM = ["utilization", "payment_ratio_3m", "purchase_count_3m", "log_purch_amt", "any_cash_adv",
       "months_on_book", "fico_current", "num_cli_prior", "months_since_last_cli",
       "offer_pct", "log_limit"]
dummies = pd.get_dummies(df[["offer_channel", "income_band"]], dtype=float)

scaler = StandardScaler()
scaled = pd.DataFrame(scaler.fit_transform(df[NUM]), columns=NUM, index=df.index)
X = pd.concat([scaled, dummies], axis=1)
y = df["responded"]

# ------------------------------------------------------------------- split
oot_start = pd.Timestamp("2023-07-01")
in_time = df["snapshot_month"] < oot_start
seen_accounts = df.loc[in_time, "account_id"].unique()
oot = (~in_time) & (~df["account_id"].isin(seen_accounts))
X_tr, y_tr = X[in_time], y[in_time]
X_oot, y_oot = X[oot], y[oot]
print("train", X_tr.shape, "oot", X_oot.shape)

# ------------------------------------------------------------------- models
clf = LogisticRegression(C=1.0, max_iter=2000).fit(X_tr, y_tr)
p = clf.predict_proba(X_oot)[:, 1]

baseline = LogisticRegression().fit(X_tr[["utilization"]], y_tr)
pb = baseline.predict_proba(X_oot[["utilization"]])[:, 1]

for name, pr in [("baseline (utilisation only)", pb), ("logistic, all features", p)]:
    print(f"{name:30s} AUC {roc_auc_score(y_oot, pr):.4f}  AP {average_precision_score(y_oot, pr):.4f}  "
          f"logloss {log_loss(y_oot, pr):.4f}")

# lift table for the campaign team
lift = pd.DataFrame({"p": p, "y": y_oot.values})
lift["decile"] = 10 - pd.qcut(lift["p"].rank(method="first"), 10, labels=False)
print(lift.groupby("decile")["y"].agg(["mean", "size"]).assign(lift=lambda t: t["mean"] / y_oot.mean()).round(3))

print(pd.Series(clf.coef_[0], index=X.columns).sort_values().round(3))
