"""Energy load take-home: interpretable OLS (statsmodels) with heating/cooling degree terms.

Accuracy comes from an expanding-window backtest: for each of the last six months,
refit on every day before that month and forecast the month. Writes predictions.csv.
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

hist = full[full["part"] == "train"].dropna(subset=["load_lag7"])
formula = (
    "load_mwh ~ C(region) + C(dow) + C(month) + is_holiday"
    " + heat + cool + heat:C(region) + cool:C(region)"
    " + humidity + solar_irradiance + industrial_index + trend"
)


def mape(a, f):
    return float(np.mean(np.abs((a - f) / a)))


month_starts = hist["date"].dt.to_period("M").drop_duplicates().sort_values().iloc[-6:]
records = []
for period in month_starts:
    start = period.to_timestamp()
    end = (period + 1).to_timestamp()
    past = hist[hist["date"] < start]
    fut = hist[(hist["date"] >= start) & (hist["date"] < end)]
    m = smf.ols(formula, data=past).fit()
    f = m.predict(fut)
    records.append({
        "month": str(period),
        "n": len(fut),
        "mae_ols": np.mean(np.abs(fut["load_mwh"] - f)),
        "mae_naive": np.mean(np.abs(fut["load_mwh"] - fut["load_lag7"])),
        "mape_ols": mape(fut["load_mwh"], f),
        "mape_naive": mape(fut["load_mwh"], fut["load_lag7"]),
    })

bt = pd.DataFrame(records)
print(bt.round(3).to_string(index=False))
print("mean over backtest months:")
print(bt[["mae_ols", "mae_naive", "mape_ols", "mape_naive"]].mean().round(4))

ols = smf.ols(formula, data=hist).fit(cov_type="HC3")
print(ols.summary().tables[1])

out = full[full["part"] == "test"].copy()
out["prediction"] = ols.predict(out)
out[["obs_id", "prediction"]].to_csv("predictions.csv", index=False)
print("predictions:", len(out))
