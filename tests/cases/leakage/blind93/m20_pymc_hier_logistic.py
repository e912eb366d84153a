"""Hierarchical logistic regression for 30-day readmission in PyMC.

logit p_i = a + a_hosp[h_i] + X_i @ beta,  a_hosp ~ N(0, sigma_hosp)  (non-centered)

Validation on held-out patients (GroupShuffleSplit on patient_id). Numeric features are standardized
with the training split's statistics. Compared against the training prevalence as baseline.
"""
import arviz as az
import numpy as np
import pandas as pd
import pymc as pm
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit

TARGET = "readmitted_30d"
NUM = ["age", "los_days", "n_prior_admits", "n_meds", "n_diagnoses"]
RNG = 123

df = pd.read_csv("train.csv").drop(columns=["followup_calls_30d", "readmit_los_days"])
test = pd.read_csv("test.csv")
for frame in (df, test):
    frame["los_days"] = np.log1p(frame["los_days"])

hospitals = np.sort(pd.concat([df["hospital_id"], test["hospital_id"]]).unique())
hosp_index = {h: i for i, h in enumerate(hospitals)}

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=RNG)
tr_idx, va_idx = next(gss.split(df, groups=df["patient_id"]))
tr, va = df.iloc[tr_idx], df.iloc[va_idx]


def design(frame, mu, sd):
    X = ((frame[NUM] - mu) / sd).to_numpy()
    X = np.column_stack([X, frame["emergency_admit"].to_numpy()])
    h = frame["hospital_id"].map(hosp_index).to_numpy()
    return X, h


def fit_model(frame):
    mu, sd = frame[NUM].mean(), frame[NUM].std()
    X, h = design(frame, mu, sd)
    coords = {"hospital": hospitals, "feature": NUM + ["emergency_admit"]}
    with pm.Model(coords=coords) as model:
        X_data = pm.Data("X", X)
        h_data = pm.Data("h", h)
        a = pm.Normal("a", -2.7, 1.0)
        beta = pm.Normal("beta", 0.0, 0.5, dims="feature")
        sigma_h = pm.HalfNormal("sigma_hosp", 0.5)
        z_h = pm.Normal("z_hosp", 0.0, 1.0, dims="hospital")
        a_h = pm.Deterministic("a_hosp", z_h * sigma_h, dims="hospital")
        p = pm.Deterministic("p", pm.math.invlogit(a + a_h[h_data] + pm.math.dot(X_data, beta)))
        pm.Bernoulli("y", p=p, observed=frame[TARGET].to_numpy(), shape=X_data.shape[0])
        idata = pm.sample(1000, tune=1000, chains=4, target_accept=0.9, random_seed=RNG)
    return model, idata, mu, sd


def predict(model, idata, frame, mu, sd):
    X, h = design(frame, mu, sd)
    with model:
        pm.set_data({"X": X, "h": h})
        pp = pm.sample_posterior_predictive(idata, var_names=["p"], random_seed=RNG)
    return pp.posterior_predictive["p"].mean(dim=("chain", "draw")).to_numpy()


model, idata, mu, sd = fit_model(tr)
print(az.summary(idata, var_names=["a", "beta", "sigma_hosp"]))

p_va = predict(model, idata, va, mu, sd)
p_base = np.full(len(va), tr[TARGET].mean())
for name, p in [("baseline prevalence", p_base), ("pymc hierarchical", p_va)]:
    auc = roc_auc_score(va[TARGET], p) if np.ptp(p) > 0 else 0.5
    print(f"{name:20s} AUC {auc:.3f}  AP {average_precision_score(va[TARGET], p):.3f}"
          f"  Brier {brier_score_loss(va[TARGET], p):.4f}")

model_f, idata_f, mu_f, sd_f = fit_model(df)
test["prediction"] = predict(model_f, idata_f, test, mu_f, sd_f)
test[["encounter_id", "prediction"]].to_csv("predictions.csv", index=False)
