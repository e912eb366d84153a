"""Renewal risk — logistic model for the board pack.

The board wants a transparent model: standardised coefficients that say which levers
(adoption, support load, discounts) move renewal odds. The ARR-weighted save list for CS
is a by-product.

Design: out-of-time split (renewals before 2024 train, 2024 test), a prior-only
baseline, and bootstrap intervals on the test metrics.
"""
import numpy as np
import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

NUMERIC = ["seats", "contract_months", "tenure_months", "logins_per_seat_90d", "active_users_ratio",
           "support_tickets_90d", "nps_last", "feature_adoption_score", "discount_pct", "payment_delays_12m"]

acc = pd.read_csv("b2b_accounts.csv", parse_dates=["renewal_date"]).sort_values("renewal_date").reset_index(drop=True)
acc["log_arr"] = np.log1p(acc["arr_usd"])
NUMERIC = NUMERIC + ["log_arr"]
print(acc.shape, "churn", round(acc["churned"].mean(), 3))
print(acc[NUMERIC].isna().mean().round(3))

# tidy numeric block: median fill and standardise so coefficients are comparable
acc[NUMERIC] = acc[NUMERIC].fillna(acc[NUMERIC].median())
acc[NUMERIC] = StandardScaler().fit_transform(acc[NUMERIC])
tiers = pd.get_dummies(acc["plan_tier"], prefix="tier", drop_first=True, dtype=float)
X_all = pd.concat([acc[NUMERIC], tiers], axis=1)

is_test = acc["renewal_date"] >= "2024-01-01"
X_train, y_train = X_all[~is_test], acc.loc[~is_test, "churned"]
X_test, y_test = X_all[is_test], acc.loc[is_test, "churned"]
print("train", (~is_test).sum(), "test", is_test.sum())

logit = LogisticRegression(C=1.0, max_iter=3000).fit(X_train, y_train)
prior = DummyClassifier(strategy="prior").fit(X_train, y_train)
p = logit.predict_proba(X_test)[:, 1]
p0 = prior.predict_proba(X_test)[:, 1]

print(f"logit  AUC {roc_auc_score(y_test, p):.3f}  AP {average_precision_score(y_test, p):.3f}  Brier {brier_score_loss(y_test, p):.4f}")
print(f"prior  AUC {roc_auc_score(y_test, p0):.3f}  AP {average_precision_score(y_test, p0):.3f}  Brier {brier_score_loss(y_test, p0):.4f}")

rng = np.random.default_rng(0)
yt = y_test.values
boot = np.array([[roc_auc_score(yt[i], p[i]), average_precision_score(yt[i], p[i])]
                 for i in (rng.integers(0, len(yt), len(yt)) for _ in range(1000))])
print("AUC 90% CI", np.percentile(boot[:, 0], [5, 95]).round(3), "| AP 90% CI", np.percentile(boot[:, 1], [5, 95]).round(3))

coefs = pd.Series(logit.coef_[0], index=X_all.columns).sort_values()
print("\nodds ratio per 1 SD:")
print(np.exp(coefs).round(2))

test = acc.loc[is_test, ["account_id", "plan_tier", "arr_usd", "churned"]].assign(p=p)
test["arr_at_risk"] = test["p"] * test["arr_usd"]
save_list = test.nlargest(40, "arr_at_risk")
print(f"\nsave list (40): {save_list.churned.sum()} churners, ARR ${save_list.loc[save_list.churned == 1, 'arr_usd'].sum():,.0f}")
