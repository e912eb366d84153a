"""
Hourly building energy -- explanatory linear model.

The brief asks for predictions *and* an explanation of what drives load, so I
went for an ordinary least-squares model on log1p(kWh) with interpretable
terms: degree-hours, occupancy proxy (weekday working hours), size and age.
"""
import numpy as np
import pandas as pd

raw = pd.read_csv("train.csv", parse_dates=["timestamp"])
test = pd.read_csv("test.csv", parse_dates=["timestamp"])
print(raw.shape, test.shape)
print(raw.dtypes)

WEATHER = ["air_temperature", "dew_temperature", "wind_speed"]


def carry_weather(d):
    d = d.sort_values(["site_id", "timestamp"]).copy()
    d[WEATHER] = d.groupby("site_id")[WEATHER].ffill()
    return d.sort_index()


df = carry_weather(raw)
df = df.dropna(subset=WEATHER + ["square_feet", "year_built"]).reset_index(drop=True)
print("rows after dropping incomplete weather/metadata:", len(df))

KINDS = ["Education", "Office", "Lodging/residential", "Entertainment/public assembly",
         "Public services", "Healthcare"]


def terms(d):
    ts = d["timestamp"]
    hr = ts.dt.hour
    working = ((ts.dt.dayofweek < 5) & (hr >= 8) & (hr < 19)).astype(float)
    t = {
        "intercept": np.ones(len(d)),
        "cdh": (d["air_temperature"] - 18).clip(lower=0),
        "hdh": (15 - d["air_temperature"]).clip(lower=0),
        "humid": d["dew_temperature"],
        "wind": d["wind_speed"],
        "working": working,
        "night": ((hr < 6) | (hr >= 22)).astype(float),
        "log_sqft": np.log(d["square_feet"]),
        "age_decades": (2016 - d["year_built"]) / 10,
        "cdh_x_working": (d["air_temperature"] - 18).clip(lower=0) * working,
    }
    for k in KINDS:
        t["kind_" + k.split("/")[0].lower().replace(" ", "_")] = (d["primary_use"] == k).astype(float)
    return pd.DataFrame(t, index=d.index)


T = terms(df)
A = T.to_numpy(dtype=float)
y = np.log1p(df["kwh"].to_numpy(dtype=float))

beta, *_ = np.linalg.lstsq(A, y, rcond=None)
fitted = A @ beta
resid = y - fitted

sigma2 = resid @ resid / (len(y) - A.shape[1])
cov = sigma2 * np.linalg.pinv(A.T @ A)
se = np.sqrt(np.diag(cov))
table = pd.DataFrame({"coef": beta, "se": se, "t": beta / se}, index=T.columns)
print(table.round(4))

rmsle = np.sqrt(np.mean(resid ** 2))
mae = np.mean(np.abs(np.expm1(y) - np.expm1(fitted)))
print(f"RMSLE {rmsle:.4f}   MAE {mae:.1f} kWh")

# uncertainty of RMSLE: resample buildings
rng = np.random.default_rng(36)
b = df["building_id"].to_numpy()
rows = pd.Series(np.arange(len(b))).groupby(b).apply(np.array)
draws = []
for _ in range(300):
    ix = np.concatenate(rows.iloc[rng.integers(0, len(rows), len(rows))].to_list())
    draws.append(np.sqrt(np.mean(resid[ix] ** 2)))
print("RMSLE 95%% interval: %.4f - %.4f" % tuple(np.percentile(draws, [2.5, 97.5])))

by_use = pd.DataFrame({"use": df["primary_use"], "r": resid}).groupby("use")["r"]
print(by_use.agg(["mean", "std", "size"]).round(3))
by_hour = pd.Series(resid).groupby(df["timestamp"].dt.hour.to_numpy()).mean()
print(by_hour.round(3).to_string())

# predictions
tt = carry_weather(test)
for c in WEATHER + ["square_feet", "year_built"]:
    tt[c] = tt[c].fillna(df[c].median())
pred = np.expm1(terms(tt).to_numpy(dtype=float) @ beta).clip(min=0)
pd.DataFrame({"reading_id": tt["reading_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
print("wrote", len(pred), "rows")
