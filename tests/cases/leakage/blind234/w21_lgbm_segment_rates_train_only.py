# %% [markdown]
# Lapse model - LightGBM with risk-rate features.
# Actuaries think in lapse rates by channel / product / age band, so the model
# gets those rates as features -- estimated on the training years only and
# mapped onto the test years.

# %%
import numpy as np
import pandas as pd
import lightgbm as lgb
import matplotlib.pyplot as plt
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

TARGET = "lapsed"

# %%
pol = pd.read_csv("train.csv").sort_values(["policy_id", "calendar_year"]).reset_index(drop=True)
print(pol.shape, pol[TARGET].mean())

# %%
pol.groupby("policy_duration")[TARGET].mean().plot(marker="o", title="lapse rate by policy duration")
plt.savefig("lapse_by_duration.png")

# %% features that do not depend on the label
pol["age_band"] = pd.cut(pol["issue_age"], [0, 30, 40, 50, 60, 120], labels=False)
pol["duration_band"] = pd.cut(pol["policy_duration"], [0, 1, 2, 3, 5, 10, 100], labels=False)
pol["missed_lag1"] = pol.groupby("policy_id")["missed_payments"].shift(1).fillna(0)
pol["premium_to_sa"] = pol["annual_premium"] / pol["sum_assured"]
pol["smoker"] = (pol["smoker"] == "Y").astype(int)

# %% split on calendar year; test = policies that only exist after 2018
tr = pol[pol["calendar_year"] <= 2018].copy()
te = pol[(pol["calendar_year"] > 2018) & (~pol["policy_id"].isin(tr["policy_id"]))].copy()
print(len(tr), len(te), te[TARGET].mean())


# %% segment lapse rates, learned on the training years
def lapse_rate(frame, keys, prior_weight=50):
    """Smoothed lapse rate per segment."""
    overall = frame[TARGET].mean()
    agg = frame.groupby(keys)[TARGET].agg(["sum", "count"])
    rate = (agg["sum"] + prior_weight * overall) / (agg["count"] + prior_weight)
    return rate.rename("rate"), overall


rate_specs = {
    "rate_channel": ["agent_channel"],
    "rate_product_duration": ["product_type", "duration_band"],
    "rate_age_band": ["age_band"],
    "rate_mode_method": ["premium_mode", "payment_method"],
}
for name, keys in rate_specs.items():
    table, overall = lapse_rate(tr, keys)
    table = table.rename(name)
    tr = tr.merge(table, left_on=keys, right_index=True, how="left")
    te = te.merge(table, left_on=keys, right_index=True, how="left")
    te[name] = te[name].fillna(overall)  # segments never seen in training

print(tr[list(rate_specs)].describe().round(4))

# %%
features = [
    "policy_duration", "issue_age", "annual_premium", "sum_assured", "premium_change_pct",
    "loan_balance", "interest_rate", "unemployment_rate", "missed_payments", "missed_lag1",
    "premium_to_sa", "smoker", *rate_specs,
]

# %% baseline vs model
dummy = DummyClassifier(strategy="prior").fit(tr[features], tr[TARGET])
gbm = lgb.LGBMClassifier(n_estimators=300, learning_rate=0.04, num_leaves=24,
                         min_child_samples=60, colsample_bytree=0.8, random_state=4, verbose=-1)
gbm.fit(tr[features], tr[TARGET])

for name, m in [("baseline", dummy), ("lightgbm", gbm)]:
    p = m.predict_proba(te[features])[:, 1]
    print(f"{name:9s} AUC {roc_auc_score(te[TARGET], p):.4f}  AP {average_precision_score(te[TARGET], p):.4f}  "
          f"Brier {brier_score_loss(te[TARGET], p):.4f}")

# %%
imp = pd.Series(gbm.booster_.feature_importance("gain"), index=features).sort_values(ascending=False)
print((imp / imp.sum()).round(3))
