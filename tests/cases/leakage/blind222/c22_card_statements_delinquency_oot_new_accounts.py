"""
Credit card early-warning model.
Monthly statement panel (one row per account per month, Jan 2017 - Dec 2019).
Predict whether the account is 60+ days past due at the NEXT statement.

Features only look backwards inside an account. Evaluation is out-of-time AND on
accounts the model has never seen (opened after the cutoff), which is how the model
would be used on the new-to-bank book.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

panel = pd.read_csv("card_statements_monthly.csv")
panel["statement_month"] = pd.to_datetime(panel["statement_month"])
panel = panel.sort_values(["account_id", "statement_month"]).reset_index(drop=True)
print(panel.shape, panel["account_id"].nunique(), "accounts")

g = panel.groupby("account_id")

# label: delinquent at the following statement
panel["dpd_next"] = g["days_past_due"].shift(-1)
panel = panel[panel["dpd_next"].notna()].copy()
panel["bad_next"] = (panel["dpd_next"] >= 60).astype(int)
print("bad rate:", panel["bad_next"].mean().round(4))

g = panel.groupby("account_id")

panel["util"] = panel["balance"] / panel["credit_limit"].clip(lower=100)
panel["pay_to_min"] = panel["payment"] / panel["min_due"].clip(lower=1)
panel["cash_share"] = panel["cash_advance"] / panel["purchases"].add(panel["cash_advance"]).clip(lower=1)

# history up to the previous statement only
panel["util_hist_mean"] = g["util"].transform(lambda s: s.shift(1).expanding().mean())
panel["util_hist_max"] = g["util"].transform(lambda s: s.shift(1).cummax())
panel["pay_to_min_hist_std"] = g["pay_to_min"].transform(lambda s: s.shift(1).expanding().std())
panel["n_prev_statements"] = g.cumcount()

# short-term dynamics: current + two previous statements
panel["util_roll3"] = g["util"].transform(lambda s: s.rolling(3, min_periods=1).mean())
panel["dpd_roll3_max"] = g["days_past_due"].transform(lambda s: s.rolling(3, min_periods=1).max())

# income is only re-declared once a year -> carry the last declared value forward
panel["income_filled"] = g["reported_income"].ffill()
panel["limit_to_income"] = panel["credit_limit"] / panel["income_filled"].clip(lower=1000)
panel["month"] = panel["statement_month"].dt.month

FEATURES = ["util", "pay_to_min", "cash_share", "days_past_due", "credit_limit",
            "util_hist_mean", "util_hist_max", "pay_to_min_hist_std", "n_prev_statements",
            "util_roll3", "dpd_roll3_max", "income_filled", "limit_to_income", "month",
            "months_on_book", "n_cards"]

# ---------------------------------------------------------------- split
cutoff = pd.Timestamp("2019-01-01")
# training rows end one month early so every training label is observed before the cutoff
train = panel[panel["statement_month"] < cutoff - pd.DateOffset(months=1)]
seen_accounts = set(train["account_id"])
test = panel[(panel["statement_month"] >= cutoff) & (~panel["account_id"].isin(seen_accounts))]
print("train rows", len(train), "| test rows", len(test),
      "| test accounts", test["account_id"].nunique())

X_train, y_train = train[FEATURES], train["bad_next"]
X_test, y_test = test[FEATURES], test["bad_next"]

params = dict(objective="binary", learning_rate=0.05, n_estimators=600, num_leaves=63,
              min_child_samples=200, subsample=0.8, subsample_freq=1,
              colsample_bytree=0.8, verbose=-1)
model = lgb.LGBMClassifier(**params).fit(X_train, y_train)
p = model.predict_proba(X_test)[:, 1]

# baselines: the bank's current rule (already 30+ dpd) and the prior
rule = (X_test["days_past_due"] >= 30).astype(float)
prior = DummyClassifier(strategy="prior").fit(X_train, y_train).predict_proba(X_test)[:, 1]

for name, s in [("lightgbm", p), ("rule dpd>=30 (baseline)", rule), ("prior (baseline)", prior)]:
    print(f"{name:25s} AUC={roc_auc_score(y_test, s):.4f}  AP={average_precision_score(y_test, s):.4f}")

test = test.assign(score=p)
top = test.nlargest(int(0.05 * len(test)), "score")
print("share of bad_next captured in top 5%:",
      round(top["bad_next"].sum() / test["bad_next"].sum(), 3))

imp = pd.Series(model.feature_importances_, index=FEATURES).sort_values(ascending=False)
print(imp)
