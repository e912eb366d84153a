"""Electricity use: correlation screen on the training block only.

Candidate covariates are screened by |r| with log kWh > 0.10 using only the
training households before 2023; the validation block (other households,
2023) is used once, to score the final OLS.
"""
import numpy as np
import pandas as pd
from scipy import stats
import statsmodels.api as sm

el = pd.read_csv("train.csv", parse_dates=["period"])
el["log_kwh"] = np.log(el["kwh"])
el["month"] = el["period"].dt.month
excluded = {"reading_id", "household_id", "period", "kwh", "log_kwh", "bill_amount", "month"}
num_cols = [c for c in el.select_dtypes("number").columns if c not in excluded]

rng = np.random.default_rng(4)
hh = el["household_id"].unique()
val_hh = rng.choice(hh, size=len(hh) // 4, replace=False)
cut = pd.Timestamp("2023-01-01")
tr = el[~el["household_id"].isin(val_hh) & (el["period"] < cut)]
va = el[el["household_id"].isin(val_hh) & (el["period"] >= cut)]

rows = []
for c in num_cols:
    ok = tr[[c, "log_kwh"]].dropna()
    r, p = stats.pearsonr(ok[c], ok["log_kwh"])
    rows.append((c, r, p))
screen = pd.DataFrame(rows, columns=["var", "r", "p"])
keep = screen.loc[screen["r"].abs() > 0.10, "var"].tolist()
print("kept %d of %d candidates" % (len(keep), len(num_cols)))

tr = tr.dropna(subset=keep)
va = va.dropna(subset=keep)
md_tr = pd.get_dummies(tr["month"], prefix="m", drop_first=True, dtype=float)
md_va = pd.get_dummies(va["month"], prefix="m", drop_first=True, dtype=float).reindex(columns=md_tr.columns, fill_value=0)
X_tr = sm.add_constant(pd.concat([tr[keep], md_tr], axis=1))
X_va = sm.add_constant(pd.concat([va[keep], md_va], axis=1), has_constant="add")
ols = sm.OLS(tr["log_kwh"], X_tr).fit()
print(ols.summary())

pred = np.exp(ols.predict(X_va) + ols.scale / 2)
rmse = np.sqrt(np.mean((va["kwh"] - pred) ** 2))
rmse_base = np.sqrt(np.mean((va["kwh"] - tr["kwh"].mean()) ** 2))
print("validation RMSE: OLS %.1f, baseline (training mean) %.1f" % (rmse, rmse_base))

new = pd.read_csv("test.csv", parse_dates=["period"])
new["month"] = new["period"].dt.month
md_new = pd.get_dummies(new["month"], prefix="m", drop_first=True, dtype=float).reindex(columns=md_tr.columns, fill_value=0)
X_new = sm.add_constant(pd.concat([new[keep].fillna(tr[keep].median()), md_new], axis=1), has_constant="add")
new["prediction"] = np.exp(ols.predict(X_new) + ols.scale / 2)
new[["reading_id", "prediction"]].to_csv("predictions.csv", index=False)
