"""Math score model: standardized covariates + random intercept per school.

Standardizing puts all slopes on the same scale so the fixed effects are comparable,
and helps the optimizer converge.
"""
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from sklearn.metrics import mean_squared_error, r2_score
from sklearn.model_selection import GroupShuffleSplit
from sklearn.preprocessing import StandardScaler

NUM = ["prior_score", "ses_index", "hours_homework", "class_size"]

train = pd.read_csv("train.csv").drop(columns=["score_percentile", "passed_exam"])
test = pd.read_csv("test.csv")
train = train.dropna(subset=NUM + ["math_score"])
test[NUM] = test[NUM].fillna(train[NUM].median())

scaler = StandardScaler()
train[NUM] = scaler.fit_transform(train[NUM])
test[NUM] = scaler.transform(test[NUM])

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=3)
tr_idx, va_idx = next(gss.split(train, groups=train["school_id"]))
tr, va = train.iloc[tr_idx], train.iloc[va_idx]

formula = "math_score ~ prior_score + ses_index + hours_homework + class_size + free_lunch + C(school_type)"
model = smf.mixedlm(formula, tr, groups=tr["school_id"], re_formula="~prior_score")
res = model.fit(reml=True, method=["lbfgs", "powell"])
print(res.summary())

print("\nstandardized fixed effects:")
print(res.fe_params.sort_values(key=np.abs, ascending=False).round(3))

baseline = np.full(len(va), tr["math_score"].mean())
pred = res.predict(va)
print(f"\nbaseline mean  RMSE {mean_squared_error(va.math_score, baseline) ** 0.5:.2f}")
print(f"mixedlm        RMSE {mean_squared_error(va.math_score, pred) ** 0.5:.2f}  R2 {r2_score(va.math_score, pred):.3f}")

final = smf.mixedlm(formula, train, groups=train["school_id"], re_formula="~prior_score").fit(reml=True)
test["prediction"] = final.predict(test)
test[["student_id", "prediction"]].to_csv("predictions.csv", index=False)
