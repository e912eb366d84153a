"""Weekly units per product: log-log elasticity model with a smoothed competitor price.

Competitor price scrapes are noisy week to week (one-off shelf errors), so the competitor price enters as
a 5-week centred moving average per product. Holdout = last 8 weeks; compared against a naive forecast.
"""
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf

H = 8

train = pd.read_csv("train.csv", parse_dates=["week"])
test = pd.read_csv("test.csv", parse_dates=["week"])
allw = pd.concat([train, test], ignore_index=True).sort_values(["product_id", "week"]).reset_index(drop=True)

allw["comp_smooth"] = allw.groupby("product_id")["competitor_price"].transform(
    lambda s: s.rolling(5, center=True, min_periods=1).mean()
)
allw["log_p"] = np.log(allw["price"])
allw["log_cp"] = np.log(allw["comp_smooth"])
allw["rel_discount"] = 1 - allw["price"] / allw["base_price"]
woy = allw["week"].dt.isocalendar().week.astype(int)
allw["s1"] = np.sin(2 * np.pi * woy / 52)
allw["c1"] = np.cos(2 * np.pi * woy / 52)
allw["y"] = np.log1p(allw["units"])

hist = allw[allw["units"].notna()]
future = allw[allw["units"].isna()]
weeks = np.sort(hist["week"].unique())
hold_start = weeks[-H]
fit_part = hist[hist["week"] < hold_start]
hold_part = hist[hist["week"] >= hold_start]

formula = "y ~ C(product_id) + C(product_id):log_p + log_cp + rel_discount + promo_flag + display + feature + holiday + s1 + c1"
model = smf.ols(formula, data=fit_part).fit()
print(f"fit R2 {model.rsquared:.3f} on {len(fit_part)} rows")

pred = np.expm1(model.predict(hold_part)).clip(lower=0)
actual = hold_part["units"]
naive = hold_part["product_id"].map(fit_part.sort_values("week").groupby("product_id")["units"].last())


def wape(a, p):
    return float(np.abs(a - p).sum() / a.sum())


def mape(a, p):
    return float(np.mean(np.abs(a - p) / a.clip(lower=1)))


print(f"holdout  model:          WAPE {wape(actual, pred):.3f}  MAPE {mape(actual, pred):.3f}")
print(f"holdout  naive baseline: WAPE {wape(actual, naive):.3f}  MAPE {mape(actual, naive):.3f}")

own = model.params.filter(like=":log_p")
own.index = own.index.str.extract(r"\[T?\.?(.+?)\]", expand=False)
print("own-price elasticities (first 10 products):")
print(own.head(10).round(3).to_string())
print("cross-price elasticity:", round(model.params["log_cp"], 3))

final = smf.ols(formula, data=hist).fit()
pd.DataFrame({"row_id": future["row_id"].astype(int), "prediction": np.expm1(final.predict(future)).clip(lower=0)}).to_csv(
    "predictions.csv", index=False
)
