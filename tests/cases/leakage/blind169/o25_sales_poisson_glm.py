"""Weekly units per store/department with a Poisson GLM (statsmodels).

A transparent count model: log E[units] = store-dept level + price elasticity
+ promo/holiday effects + seasonality. Level terms come from lagged sales.
Trained on everything up to the cut, scored on the following 8 weeks.
"""
import numpy as np
import pandas as pd
import statsmodels.api as sm
import statsmodels.formula.api as smf

df = pd.read_csv("train.csv", parse_dates=["week_start"])
df = df.sort_values(["store_id", "dept", "week_start"]).reset_index(drop=True)

grp = df.groupby(["store_id", "dept"])["units_sold"]
df["log_lag1"] = np.log1p(grp.shift(1))
df["log_ma4"] = np.log1p(grp.transform(lambda s: s.shift(1).rolling(4, min_periods=1).mean()))
df["log_price"] = np.log(df["avg_price"].clip(lower=0.01))
df["woy"] = df["week_start"].dt.isocalendar().week.astype(int)
df["sin52"] = np.sin(2 * np.pi * df["woy"] / 52)
df["cos52"] = np.cos(2 * np.pi * df["woy"] / 52)
df = df.dropna(subset=["log_lag1", "log_ma4"])

weeks = np.sort(df["week_start"].unique())
cut = weeks[-8]
train = df[df["week_start"] < cut]
valid = df[df["week_start"] >= cut]
print(f"train until {train.week_start.max().date()}, validate {valid.week_start.min().date()}..{valid.week_start.max().date()}")

formula = ("units_sold ~ log_lag1 + log_ma4 + log_price + promo_flag + holiday_flag"
           " + promo_flag:log_price + sin52 + cos52 + temperature + C(store_type)")
glm = smf.glm(formula, data=train, family=sm.families.Poisson()).fit()
print(glm.summary().tables[1])

mu = glm.predict(valid)
mae = np.mean(np.abs(valid["units_sold"] - mu))
naive = np.expm1(valid["log_lag1"])
naive_mae = np.mean(np.abs(valid["units_sold"] - naive))
wape = np.sum(np.abs(valid["units_sold"] - mu)) / np.sum(valid["units_sold"])

print(f"naive (last week) MAE: {naive_mae:.2f}")
print(f"Poisson GLM MAE:       {mae:.2f}   WAPE: {wape:.3f}")
print(f"price elasticity (no promo): {glm.params['log_price']:.3f}")

# deviance-based pseudo R2 on the validation weeks
null_mu = train["units_sold"].mean()
dev_model = 2 * np.sum(valid["units_sold"] * np.log((valid["units_sold"] + 1e-9) / mu) - (valid["units_sold"] - mu))
dev_null = 2 * np.sum(valid["units_sold"] * np.log((valid["units_sold"] + 1e-9) / null_mu) - (valid["units_sold"] - null_mu))
print(f"validation deviance explained vs. constant-mean model: {1 - dev_model / dev_null:.3f}")
