"""
Credit card early-warning model.
Monthly statement panel (one row per account per month, Jan 2017 - Dec 2019).
Predict whether the account is 60+ days past due at the NEXT statement.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import KFold
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

# ---------------------------------------------------------------- behaviour features
panel["util"] = panel["balance"] / panel["credit_limit"].clip(lower=100)
panel["pay_to_min"] = panel["payment"] / panel["min_due"].clip(lower=1)
panel["cash_share"] = panel["cash_advance"] / panel["purchases"].add(panel["cash_advance"]).clip(lower=1)

# account-level profile
panel["util_acct_mean"] = g["util"].transform("mean")
panel["util_acct_max"] = g["util"].transform("max")
panel["pay_to_min_acct_std"] = g["pay_to_min"].transform("std")
panel["n_statements"] = g["statement_month"].transform("count")

# short-term dynamics
panel["util_roll3"] = g["util"].transform(lambda s: s.rolling(3, min_periods=1).mean())
panel["dpd_roll3_max"] = g["days_past_due"].transform(lambda s: s.rolling(3, min_periods=1).max())

# income is only re-declared once a year -> fill the gaps within the account
panel["income_filled"] = g["reported_income"].bfill()
panel["limit_to_income"] = panel["credit_limit"] / panel["income_filled"].clip(lower=1000)
panel["month"] = panel["statement_month"].dt.month

FEATURES = ["util", "pay_to_min", "cash_share", "days_past_due", "credit_limit",
            "util_acct_mean", "util_acct_max", "pay_to_min_acct_std", "n_statements",
            "util_roll3", "dpd_roll3_max", "income_filled", "limit_to_income", "month",
            "months_on_book", "n_cards"]

X = panel[FEATURES]
y = panel["bad_next"]

params = dict(objective="binary", learning_rate=0.05, n_estimators=600, num_leaves=63,
              min_child_samples=200, subsample=0.8, subsample_freq=1,
              colsample_bytree=0.8, verbose=-1)

kf = KFold(n_splits=5, shuffle=True, random_state=3)
fold_auc, fold_ap = [], []
oof = np.zeros(len(panel))
for fold, (tr, va) in enumerate(kf.split(X)):
    model = lgb.LGBMClassifier(**params)
    model.fit(X.iloc[tr], y.iloc[tr])
    oof[va] = model.predict_proba(X.iloc[va])[:, 1]
    fold_auc.append(roc_auc_score(y.iloc[va], oof[va]))
    fold_ap.append(average_precision_score(y.iloc[va], oof[va]))
    print(f"fold {fold}: auc={fold_auc[-1]:.4f} ap={fold_ap[-1]:.4f}")

print(f"CV AUC {np.mean(fold_auc):.4f} +/- {np.std(fold_auc):.4f}")
print(f"CV AP  {np.mean(fold_ap):.4f}")

# capture rate in the riskiest 5% of statements
panel["score"] = oof
top = panel.nlargest(int(0.05 * len(panel)), "score")
print("share of bad_next captured in top 5%:",
      round(top["bad_next"].sum() / panel["bad_next"].sum(), 3))

final = lgb.LGBMClassifier(**params).fit(X, y)
imp = pd.Series(final.feature_importances_, index=FEATURES).sort_values(ascending=False)
print(imp)
