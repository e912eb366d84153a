"""Weekly store sales: mixed model validated on later weeks of stores never seen in training.

Split: the model is fitted on weeks before the cutoff from 80% of the stores; it is evaluated on weeks
after the cutoff for the other 20% of stores. That way the validation is both in the future and on new
stores, and the store random intercept cannot carry information across the split.
"""
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from sklearn.metrics import mean_absolute_error, mean_squared_error

TARGET = "weekly_sales"

df = pd.read_csv("train.csv", parse_dates=["week_start"]).drop(columns=["units_sold"])
test = pd.read_csv("test.csv", parse_dates=["week_start"])
for frame in (df, test):
    iso = frame["week_start"].dt.isocalendar()
    frame["sin_woy"] = np.sin(2 * np.pi * iso.week.astype(int) / 52)
    frame["cos_woy"] = np.cos(2 * np.pi * iso.week.astype(int) / 52)
    frame["markdown"] = frame["markdown"].fillna(0.0)
    frame["log_size"] = np.log(frame["store_size"])
df["log_sales"] = np.log1p(df[TARGET])

rng = np.random.default_rng(42)
stores = np.sort(df["store_id"].unique())
holdout_stores = set(rng.choice(stores, size=int(0.2 * len(stores)), replace=False))
cutoff = df["week_start"].max() - pd.Timedelta(weeks=16)

fit_rows = df[(df["week_start"] <= cutoff) & ~df["store_id"].isin(holdout_stores)]
eval_rows = df[(df["week_start"] > cutoff) & df["store_id"].isin(holdout_stores)]
print(f"fit: {len(fit_rows)} rows / {fit_rows.store_id.nunique()} stores; "
      f"eval: {len(eval_rows)} rows / {eval_rows.store_id.nunique()} stores")

formula = ("log_sales ~ log_size + C(store_type) + promo_flag + holiday_flag + sin_woy + cos_woy"
           " + temperature + fuel_price + cpi + unemployment + np.log1p(markdown)")
res = smf.mixedlm(formula, fit_rows, groups=fit_rows["store_id"]).fit(reml=True, method="lbfgs")
print(res.summary())

# new stores: no BLUP available, use the population-level (fixed) prediction
pred = np.expm1(res.predict(eval_rows))

# baseline: mean weekly sales of training stores of the same type
type_mean = fit_rows.groupby("store_type")[TARGET].mean()
baseline = eval_rows["store_type"].map(type_mean).fillna(fit_rows[TARGET].mean())

for name, p in [("baseline store-type mean", baseline), ("mixedlm fixed part", pred)]:
    rmse = mean_squared_error(eval_rows[TARGET], p) ** 0.5
    mae = mean_absolute_error(eval_rows[TARGET], p)
    print(f"{name:26s} RMSE {rmse:12,.0f}   MAE {mae:12,.0f}")

full = smf.mixedlm(formula, df, groups=df["store_id"]).fit(reml=True, method="lbfgs")
re_int = {k: v.iloc[0] for k, v in full.random_effects.items()}
test["prediction"] = np.expm1(full.predict(test) + test["store_id"].map(re_int).fillna(0.0))
test[["store_id", "week_start", "prediction"]].to_csv("predictions.csv", index=False)
