# Next-day substation load: explanatory OLS model with statsmodels formulas.
#
# I prefer a transparent linear model for a first pass: the grid planners can read the
# coefficients (temperature sensitivity, holiday effect, weekday profile) directly.

import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
import statsmodels.api as sm

df = pd.read_csv("train.csv", parse_dates=["timestamp"])
df = df.sort_values(["substation_id", "timestamp"]).reset_index(drop=True)

# history features: previous days' load for the same substation
df["lag1"] = df.groupby("substation_id")["load_mwh"].shift(1)
df["lag7"] = df.groupby("substation_id")["load_mwh"].shift(7)
df["next_dow"] = (df["timestamp"] + pd.Timedelta(days=1)).dt.day_name()
df["season"] = df["timestamp"].dt.month.map({12: "winter", 1: "winter", 2: "winter",
                                             3: "spring", 4: "spring", 5: "spring",
                                             6: "summer", 7: "summer", 8: "summer",
                                             9: "autumn", 10: "autumn", 11: "autumn"})
df["cdd"] = np.maximum(df["temp_forecast_next_day_c"] - 18.0, 0)
df["hdd"] = np.maximum(18.0 - df["temp_forecast_next_day_c"], 0)
df = df.dropna(subset=["lag1", "lag7"])

formula = (
    "load_next_day_mwh ~ load_mwh + lag1 + lag7 + cdd + hdd + cdd:C(season) "
    "+ is_holiday_next_day + C(next_dow, Treatment('Monday')) + next_day_peak_mw "
    "+ C(substation_id)"
)
ols = smf.ols(formula, data=df).fit(cov_type="HC3")
print(ols.summary().tables[1])
print(f"R^2 = {ols.rsquared:.4f}   adj R^2 = {ols.rsquared_adj:.4f}   AIC = {ols.aic:.1f}")

# diagnostics
resid = ols.resid
print("Durbin-Watson:", round(sm.stats.durbin_watson(resid), 3))
print("Jarque-Bera p:", sm.stats.jarque_bera(resid)[1])

fitted = ols.fittedvalues
mae = np.mean(np.abs(df["load_next_day_mwh"] - fitted))
mape = np.mean(np.abs(df["load_next_day_mwh"] - fitted) / df["load_next_day_mwh"]) * 100
naive_mae = np.mean(np.abs(df["load_next_day_mwh"] - df["load_mwh"]))
print(f"OLS MAE {mae:.2f} (MAPE {mape:.2f}%) vs persistence baseline MAE {naive_mae:.2f}")

# temperature sensitivity by season, the key number for the memo
sens = ols.params.filter(like="cdd")
print(sens)

# ---- predictions for test.csv ----------------------------------------------------
new = pd.read_csv("test.csv", parse_dates=["timestamp"])
hist = pd.read_csv("train.csv", parse_dates=["timestamp"])
allrows = pd.concat([hist, new], ignore_index=True).sort_values(["substation_id", "timestamp"])
allrows["lag1"] = allrows.groupby("substation_id")["load_mwh"].shift(1)
allrows["lag7"] = allrows.groupby("substation_id")["load_mwh"].shift(7)
allrows["next_dow"] = (allrows["timestamp"] + pd.Timedelta(days=1)).dt.day_name()
allrows["season"] = allrows["timestamp"].dt.month % 12 // 3
allrows["season"] = allrows["season"].map({0: "winter", 1: "spring", 2: "summer", 3: "autumn"})
allrows["cdd"] = np.maximum(allrows["temp_forecast_next_day_c"] - 18.0, 0)
allrows["hdd"] = np.maximum(18.0 - allrows["temp_forecast_next_day_c"], 0)
rows = allrows[allrows["row_id"].isin(new["row_id"])]
pd.DataFrame({"row_id": rows["row_id"], "prediction": ols.predict(rows)}).to_csv("predictions.csv", index=False)
