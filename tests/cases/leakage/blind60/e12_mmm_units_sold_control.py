#!/usr/bin/env python
# Weekly MMM - statsmodels OLS with Newey-West errors, holdout on the final quarter.
#
# Notes to self:
#  - sales is revenue; units_sold and orders are in the file too. Using units_sold as a
#    volume control so the media coefficients pick up the "extra" revenue per week.
#  - half-life parametrisation for the adstock is easier to explain to marketing people.

import numpy as np
import pandas as pd
import statsmodels.api as sm

HALF_LIFE_WEEKS = {"tv_spend": 3.0, "radio_spend": 1.5, "search_spend": 0.5, "social_spend": 1.0, "display_spend": 1.0}
HOLDOUT = 13


def decay_from_half_life(h):
    return 0.5 ** (1.0 / h)


def adstock(series, decay):
    vals = series.to_numpy(dtype=float)
    out = np.zeros_like(vals)
    for i in range(len(vals)):
        out[i] = vals[i] + (decay * out[i - 1] if i > 0 else 0.0)
    return out


def make_design(frame):
    X = pd.DataFrame(index=frame.index)
    for ch, hl in HALF_LIFE_WEEKS.items():
        X[ch] = np.log1p(adstock(frame[ch], decay_from_half_life(hl)) / 1e3)
    X["units_sold"] = frame["units_sold"] / 1e3
    X["price"] = frame["price"]
    X["comp_price"] = frame["competitor_price"]
    X["promo"] = frame["promo"]
    X["holiday"] = frame["holiday"]
    X["trend"] = np.arange(len(frame))
    woy = frame["week"].dt.isocalendar().week.astype(int)
    X["sin"] = np.sin(2 * np.pi * woy / 52)
    X["cos"] = np.cos(2 * np.pi * woy / 52)
    return sm.add_constant(X)


train = pd.read_csv("train.csv", parse_dates=["week"]).sort_values("week").reset_index(drop=True)
test = pd.read_csv("test.csv", parse_dates=["week"]).sort_values("week").reset_index(drop=True)

print(train[["sales", "units_sold", "orders"]].corr().round(3))
print(train.isna().sum()[train.isna().sum() > 0])

everything = pd.concat([train, test], ignore_index=True)
X_all = make_design(everything)
n = len(train)
X_train_all, X_test = X_all.iloc[:n], X_all.iloc[n:]
y = train["sales"]

X_fit, X_hold = X_train_all.iloc[:-HOLDOUT], X_train_all.iloc[-HOLDOUT:]
y_fit, y_hold = y.iloc[:-HOLDOUT], y.iloc[-HOLDOUT:]

res = sm.OLS(y_fit, X_fit).fit(cov_type="HAC", cov_kwds={"maxlags": 3})
print(res.summary())

pred = res.predict(X_hold)
err = y_hold - pred
mape = (err.abs() / y_hold).mean()
r2 = 1 - (err**2).sum() / ((y_hold - y_hold.mean()) ** 2).sum()
nrmse = np.sqrt((err**2).mean()) / (y_hold.max() - y_hold.min())
print(f"\nHoldout ({HOLDOUT} wks): MAPE={mape:.2%}  R2={r2:.3f}  NRMSE={nrmse:.3f}")

# media decomposition on the fitting weeks
media = list(HALF_LIFE_WEEKS)
decomp = X_fit[media] * res.params[media]
total = decomp.sum()
print("\nDecomposition (share of media-driven sales):")
print((total / total.sum()).round(3).to_string())
print("\nROI per channel:")
print((total / train[media].iloc[:-HOLDOUT].sum()).round(3).to_string())

final = sm.OLS(y, X_train_all).fit(cov_type="HAC", cov_kwds={"maxlags": 3})
out = pd.DataFrame({"row_id": test["row_id"].values, "prediction": final.predict(X_test).values})
out.to_csv("predictions.csv", index=False)
print(out.head())
