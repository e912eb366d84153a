"""Bayesian hierarchical model for math scores with bambi.

math_score ~ prior_score + ses_index + hours_homework + free_lunch + (1|school_id)

Held-out evaluation on unseen schools (GroupShuffleSplit). For new schools bambi draws a fresh
school intercept from the fitted population distribution (sample_new_groups=True).
"""
import arviz as az
import bambi as bmb
import numpy as np
import pandas as pd
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.model_selection import GroupShuffleSplit

SEED = 2024
LEAKY = ["score_percentile", "passed_exam"]
NUM = ["prior_score", "ses_index", "hours_homework"]

train = pd.read_csv("train.csv").drop(columns=LEAKY)
test = pd.read_csv("test.csv").drop(columns=LEAKY, errors="ignore")
train = train.dropna(subset=NUM)
train["school_id"] = train["school_id"].astype(str)
test["school_id"] = test["school_id"].astype(str)

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=SEED)
tr_idx, va_idx = next(gss.split(train, groups=train["school_id"]))
tr, va = train.iloc[tr_idx].copy(), train.iloc[va_idx].copy()

# center numeric predictors with training means only
means = tr[NUM].mean()
for frame in (tr, va):
    for c in NUM:
        frame[c + "_c"] = frame[c] - means[c]

formula = "math_score ~ prior_score_c + ses_index_c + hours_homework_c + free_lunch + (1|school_id)"
model = bmb.Model(formula, data=tr, family="gaussian")
idata = model.fit(draws=1000, tune=1000, chains=4, target_accept=0.9, random_seed=SEED)
print(az.summary(idata, var_names=["Intercept", "prior_score_c", "ses_index_c", "1|school_id_sigma", "sigma"]))

model.predict(idata, data=va, kind="response_params", sample_new_groups=True)
va_pred = idata.posterior["mu"].mean(dim=("chain", "draw")).values

baseline = np.full(len(va), tr["math_score"].mean())
for name, p in [("baseline grand mean", baseline), ("bambi (1|school)", va_pred)]:
    print(f"{name:22s} RMSE {mean_squared_error(va.math_score, p) ** 0.5:.2f}"
          f"  MAE {mean_absolute_error(va.math_score, p):.2f}")

# refit on everything for the submission
means = train[NUM].mean()
for frame in (train, test):
    for c in NUM:
        frame[c + "_c"] = frame[c].fillna(means[c]) - means[c]
final = bmb.Model(formula, data=train, family="gaussian")
idata_full = final.fit(draws=1000, tune=1000, chains=4, target_accept=0.9, random_seed=SEED)
final.predict(idata_full, data=test, kind="response_params", sample_new_groups=True)
test["prediction"] = idata_full.posterior["mu"].mean(dim=("chain", "draw")).values
test[["student_id", "prediction"]].to_csv("predictions.csv", index=False)
