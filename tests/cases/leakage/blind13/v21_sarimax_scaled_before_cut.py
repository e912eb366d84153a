"""Weekly demand forecast with SARIMAX and exogenous drivers.

demand_weekly.csv: week_start, units, avg_price, promo_share, temp_c
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.preprocessing import StandardScaler
from statsmodels.tsa.statespace.sarimax import SARIMAX

df = pd.read_csv("demand_weekly.csv", parse_dates=["week_start"])
df = df.sort_values("week_start").set_index("week_start").asfreq("W-MON")
print(df.isna().sum())
df = df.ffill()

exog_cols = ["avg_price", "promo_share", "temp_c"]

# put the drivers on a common scale so the coefficients are comparable
scaler = StandardScaler()
df[exog_cols] = scaler.fit_transform(df[exog_cols])

HORIZON = 26
train = df.iloc[:-HORIZON]
test = df.iloc[-HORIZON:]
print(train.index.min(), train.index.max(), "|", test.index.min(), test.index.max())

model = SARIMAX(
    np.log1p(train["units"]),
    exog=train[exog_cols],
    order=(2, 1, 1),
    seasonal_order=(1, 0, 1, 52),
    enforce_stationarity=False,
    enforce_invertibility=False,
)
res = model.fit(disp=False, maxiter=200)
print(res.summary())

fc = np.expm1(res.get_forecast(steps=HORIZON, exog=test[exog_cols]).predicted_mean)
fc.index = test.index

# seasonal naive baseline (same week last year)
snaive = df["units"].shift(52).loc[test.index]

mae = lambda a, b: float(np.mean(np.abs(a - b)))
print(f"SARIMAX MAE        : {mae(test['units'], fc):.1f}")
print(f"seasonal naive MAE : {mae(test['units'], snaive):.1f}")

fig, ax = plt.subplots(figsize=(11, 3.5))
df["units"].iloc[-120:].plot(ax=ax, label="actual")
fc.plot(ax=ax, label="SARIMAX")
snaive.plot(ax=ax, style=":", label="seasonal naive")
ax.axvline(test.index.min(), color="k", lw=0.8)
ax.legend()
plt.tight_layout()
plt.savefig("sarimax_fc.png")
