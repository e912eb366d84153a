"""Energy load take-home: interpretable OLS (statsmodels) with heating/cooling degree terms.

Writes predictions.csv for test.csv and prints the model summary plus accuracy.
"""
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf

train = pd.read_csv("train.csv", parse_dates=["date"])
test = pd.read_csv("test.csv", parse_dates=["date"])
full = pd.concat([train.assign(part="train"), test.assign(part="test")], ignore_index=True)
full = full.sort_values(["region", "date"]).reset_index(drop=True)


def calendar(frame):
    frame["dow"] = frame["date"].dt.day_name()
    frame["month"] = frame["date"].dt.month_name()
    frame["t_mean"] = (frame["temp_max"] + frame["temp_min"]) / 2
    frame["heat"] = np.maximum(16 - frame["t_mean"], 0)
    frame["cool"] = np.maximum(frame["t_mean"] - 21, 0)
    frame["trend"] = (frame["date"] - pd.Timestamp("2020-01-01")).dt.days / 365.25
    return frame


full = calendar(full)
# seasonal naive needs the actual load 7 days earlier (only exists inside train.csv)
full["load_lag7"] = full.groupby("region")["load_mwh"].shift(7)

fit_df = full[full["part"] == "train"].dropna(subset=["load_lag7"])
formula = (
    "load_mwh ~ C(region) + C(dow) + C(month) + is_holiday"
    " + heat + cool + heat:C(region) + cool:C(region)"
    " + humidity + solar_irradiance + industrial_index + trend"
)
ols = smf.ols(formula, data=fit_df).fit(cov_type="HC3")
print(ols.summary().tables[1])

fitted = ols.predict(fit_df)
resid = fit_df["load_mwh"] - fitted


def mape(a, f):
    return float(np.mean(np.abs((a - f) / a)))


print(f"OLS            R2={ols.rsquared:.3f}  MAE={np.mean(np.abs(resid)):.1f}  MAPE={mape(fit_df['load_mwh'], fitted):.3%}")
naive_err = fit_df["load_mwh"] - fit_df["load_lag7"]
print(f"naive (t-7)    MAE={np.mean(np.abs(naive_err)):.1f}  MAPE={mape(fit_df['load_mwh'], fit_df['load_lag7']):.3%}")

by_region = (
    fit_df.assign(err=np.abs(resid))
    .groupby("region")["err"].mean()
    .sort_values()
)
print(by_region.round(1))

out = full[full["part"] == "test"].copy()
out["prediction"] = ols.predict(out)
out[["obs_id", "prediction"]].to_csv("predictions.csv", index=False)
print("predictions:", len(out))
