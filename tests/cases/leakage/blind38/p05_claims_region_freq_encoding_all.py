"""
Motor claims frequency -- take-home
===================================
Predict the expected number of claims per policy-year (claim_count, with
exposure in years). Poisson GLM (sklearn PoissonRegressor) on claim frequency
with exposure as sample weight.

Policyholders renew, so one holder has several policy-year rows: the
hold-out is made of whole policyholders (GroupShuffleSplit).
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyRegressor
from sklearn.linear_model import PoissonRegressor
from sklearn.metrics import mean_poisson_deviance
from sklearn.model_selection import GroupShuffleSplit
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

df = pd.read_csv("train.csv")
df["frequency"] = df["claim_count"] / df["exposure"]
df["log_density"] = np.log(df["density"].clip(lower=1))
df["young_driver"] = (df["driver_age"] < 25).astype(int)
print(df[["claim_count", "exposure"]].describe())
print("portfolio frequency: %.4f" % (df["claim_count"].sum() / df["exposure"].sum()))

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=2024)
train_idx, test_idx = next(gss.split(df, groups=df["policyholder_id"]))
train, test = df.iloc[train_idx].copy(), df.iloc[test_idx].copy()

# ---- credibility-free frequency encoding of region and brand ---------------
ref = df  # use the whole portfolio so that small regions get a stable rate
for col in ["region", "vehicle_brand"]:
    rate = ref.groupby(col)["claim_count"].sum() / ref.groupby(col)["exposure"].sum()
    overall = ref["claim_count"].sum() / ref["exposure"].sum()
    train[col + "_freq"] = train[col].map(rate).fillna(overall)
    test[col + "_freq"] = test[col].map(rate).fillna(overall)

NUM = ["driver_age", "vehicle_age", "vehicle_power", "bonus_malus", "log_density",
       "young_driver", "region_freq", "vehicle_brand_freq"]
CAT = ["fuel"]

model = Pipeline([
    ("prep", ColumnTransformer([("num", StandardScaler(), NUM),
                                ("cat", OneHotEncoder(handle_unknown="ignore"), CAT)])),
    ("glm", PoissonRegressor(alpha=1e-4, max_iter=1000)),
])
model.fit(train[NUM + CAT], train["frequency"], glm__sample_weight=train["exposure"])

baseline = DummyRegressor(strategy="mean")
baseline.fit(train[NUM + CAT], train["frequency"], sample_weight=train["exposure"])

for name, est in [("baseline (portfolio mean)", baseline), ("Poisson GLM", model)]:
    pred = est.predict(test[NUM + CAT])
    dev = mean_poisson_deviance(test["frequency"], pred, sample_weight=test["exposure"])
    print(f"{name:28s} mean Poisson deviance = {dev:.4f}")

# ---- Lorenz curve: how well does the model order risks? ------------------
pred = model.predict(test[NUM + CAT])
order = np.argsort(pred)
cum_exposure = np.cumsum(test["exposure"].to_numpy()[order]) / test["exposure"].sum()
cum_claims = np.cumsum(test["claim_count"].to_numpy()[order]) / test["claim_count"].sum()
gini = 1 - 2 * np.trapz(cum_claims, cum_exposure)
plt.plot(cum_exposure, cum_claims, label=f"Poisson GLM (Gini {gini:.3f})")
plt.plot([0, 1], [0, 1], "k--", label="random")
plt.xlabel("cumulative share of exposure"); plt.ylabel("cumulative share of claims")
plt.legend(); plt.tight_layout(); plt.savefig("lorenz.png")
