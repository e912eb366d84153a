"""Claims frequency -- Tweedie/Poisson GLM, take-home.

The data are a panel: one row per policy-year, several years per holder.
Rows are ordered by policy_year for the bonus-malus trajectory feature, and
the hold-out is drawn by sampling *policyholders* (not rows) at random.
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.dummy import DummyRegressor
from sklearn.linear_model import TweedieRegressor
from sklearn.metrics import mean_poisson_deviance, mean_tweedie_deviance
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

panel = pd.read_csv("train.csv").sort_values(["policyholder_id", "policy_year"])

# stateless, row-wise or within-holder feature engineering on the whole panel
panel["log_density"] = np.log(panel["density"].clip(lower=1))
panel["driver_age_c"] = panel["driver_age"].clip(18, 85)
panel["bm_change"] = panel.groupby("policyholder_id")["bonus_malus"].diff().fillna(0)
panel["years_with_us"] = panel.groupby("policyholder_id").cumcount()
panel = pd.get_dummies(panel, columns=["fuel", "region", "vehicle_brand"], dtype=float)

features = [c for c in panel.columns if c not in
            {"policy_id", "policyholder_id", "claim_count", "exposure", "total_claim_amount", "density"}]

# hold out 20% of policyholders: the split is made on the unique holder ids
holders = panel["policyholder_id"].unique()
train_holders, test_holders = train_test_split(holders, test_size=0.2, random_state=5, shuffle=True)
train = panel[panel["policyholder_id"].isin(train_holders)]
test = panel[panel["policyholder_id"].isin(test_holders)]
assert not set(train["policyholder_id"]) & set(test["policyholder_id"])

y_tr = train["claim_count"] / train["exposure"]
y_te = test["claim_count"] / test["exposure"]

glm = make_pipeline(StandardScaler(), TweedieRegressor(power=1.0, link="log", alpha=5e-4, max_iter=3000))
glm.fit(train[features], y_tr, tweedieregressor__sample_weight=train["exposure"])

baseline = DummyRegressor(strategy="mean").fit(train[features], y_tr, sample_weight=train["exposure"])

for label, pred in [("baseline (mean frequency)", baseline.predict(test[features])),
                    ("Tweedie p=1 (Poisson) GLM", glm.predict(test[features]))]:
    print(f"{label:28s} poisson dev {mean_poisson_deviance(y_te, pred, sample_weight=test['exposure']):.4f}"
          f" | tweedie(1.5) dev {mean_tweedie_deviance(y_te, pred, sample_weight=test['exposure'], power=1.5):.4f}")

pred = glm.predict(test[features])
by_year = (test.assign(expected=pred * test["exposure"])
               .groupby("policy_year")[["claim_count", "expected"]].sum())
by_year.plot(marker="o", title="observed vs expected claims by policy year (hold-out holders)")
plt.tight_layout()
plt.savefig("by_year.png")
