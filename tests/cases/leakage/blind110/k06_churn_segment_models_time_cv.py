"""B2B renewal risk: per-tier models for the customer-success save programme.

  * CS can run ~40 save plays per quarter (~$3k each, ~30% save rate).
  * One model per plan tier; the family for each tier is chosen with a forward-chaining
    CV inside the training period. Renewals from 2024-01-01 onwards are the test
    period and are scored once at the end.
"""
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.impute import SimpleImputer
from sklearn.model_selection import TimeSeriesSplit, cross_val_score
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

CUTOFF = pd.Timestamp("2024-01-01")
PLAY_COST, SAVE_RATE, CAPACITY = 3_000, 0.30, 40

df = pd.read_csv("b2b_accounts.csv", parse_dates=["renewal_date"])
df = df.sort_values("renewal_date").reset_index(drop=True)
df["log_arr"] = np.log1p(df["arr_usd"])
print(df.shape, df["renewal_date"].min().date(), df["renewal_date"].max().date())
print(df.pivot_table(index=df["renewal_date"].dt.to_period("Q"), columns="plan_tier",
                     values="churned", aggfunc="mean").round(3))

FEATURES = ["seats", "log_arr", "contract_months", "tenure_months", "logins_per_seat_90d",
            "active_users_ratio", "support_tickets_90d", "nps_last", "feature_adoption_score",
            "discount_pct", "payment_delays_12m", "csm_assigned"]

train = df[df["renewal_date"] < CUTOFF]
test = df[df["renewal_date"] >= CUTOFF]


def families():
    return {
        "logit": make_pipeline(SimpleImputer(strategy="median"), StandardScaler(),
                               LogisticRegression(C=0.3, max_iter=3000)),
        "forest": make_pipeline(SimpleImputer(strategy="median"),
                                RandomForestClassifier(n_estimators=400, min_samples_leaf=10, random_state=0)),
    }


tscv = TimeSeriesSplit(n_splits=4)
tier_models = {}
for tier, tr in train.groupby("plan_tier"):
    tr = tr.sort_values("renewal_date")
    cv_scores = {name: cross_val_score(est, tr[FEATURES], tr["churned"], cv=tscv, scoring="roc_auc").mean()
                 for name, est in families().items()}
    best = max(cv_scores, key=cv_scores.get)
    tier_models[tier] = families()[best].fit(tr[FEATURES], tr["churned"])
    print(f"{tier:10s} forward-CV AUC {({k: round(v, 3) for k, v in cv_scores.items()})} -> {best}")

# references
global_logit = families()["logit"].fit(train[FEATURES], train["churned"])
baseline = DummyClassifier(strategy="prior").fit(train[FEATURES], train["churned"])

# ---- test period, single pass ----
p_tiered = pd.Series(np.nan, index=test.index)
for tier, te in test.groupby("plan_tier"):
    p_tiered.loc[te.index] = tier_models[tier].predict_proba(te[FEATURES])[:, 1]
y_te = test["churned"].values
for name, p in [("baseline", baseline.predict_proba(test[FEATURES])[:, 1]),
                ("global logit", global_logit.predict_proba(test[FEATURES])[:, 1]),
                ("tiered", p_tiered.values)]:
    print(f"{name:13s} AUC {roc_auc_score(y_te, p):.3f}  AP {average_precision_score(y_te, p):.3f}")

top = np.argsort(-p_tiered.values)[:CAPACITY]
arr_kept = (test["arr_usd"].values[top] * y_te[top]).sum() * SAVE_RATE
print(f"top-{CAPACITY} precision {y_te[top].mean():.1%}; ARR kept ≈ ${arr_kept:,.0f} "
      f"for ${CAPACITY * PLAY_COST:,.0f}")

rng = np.random.default_rng(1)
boot = [roc_auc_score(y_te[i], p_tiered.values[i])
        for i in (rng.integers(0, len(y_te), len(y_te)) for _ in range(300))]
print("tiered AUC 90% CI", np.round(np.percentile(boot, [5, 95]), 3))
