"""
Energy take-home: hourly kWh per building.

Two-part idea: buildings of one kind share a daily load shape, the rest is
size and weather. The shape enters as a (primary use, hour) profile feature,
the remainder is learned by boosted trees on the log target.

Validation: held-out buildings, last quarter only; fitting rows are the other
buildings' first nine months.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor

CUT = "2016-10-01"
rng = np.random.default_rng(32)

df = pd.read_csv("train.csv", parse_dates=["timestamp"])
test = pd.read_csv("test.csv", parse_dates=["timestamp"])
df["log_kwh"] = np.log1p(df["kwh"])
print(df.shape, test.shape, df["building_id"].nunique())
print(df.groupby("primary_use")["log_kwh"].agg(["mean", "std", "size"]).round(3))

USE_LIST = ["Education", "Office", "Lodging/residential", "Entertainment/public assembly",
            "Public services", "Healthcare", "Retail", "Other"]


def add_profile(d, source):
    """Mean and spread of log kWh by (primary use, hour) learned from `source`."""
    key_src = source["primary_use"] + "|" + source["timestamp"].dt.hour.astype(str)
    prof = source.groupby(key_src)["log_kwh"].agg(["mean", "std"])
    key = d["primary_use"] + "|" + d["timestamp"].dt.hour.astype(str)
    d = d.copy()
    d["use_hour_level"] = key.map(prof["mean"]).fillna(source["log_kwh"].mean()).to_numpy()
    d["use_hour_spread"] = key.map(prof["std"]).fillna(source["log_kwh"].std()).to_numpy()
    return d


def make_X(d):
    ts = d["timestamp"]
    X = pd.DataFrame({
        "use_hour_level": d["use_hour_level"],
        "use_hour_spread": d["use_hour_spread"],
        "hour": ts.dt.hour,
        "dow": ts.dt.dayofweek,
        "doy": ts.dt.dayofyear,
        "air_temperature": d["air_temperature"],
        "dew_temperature": d["dew_temperature"],
        "wind_speed": d["wind_speed"],
        "cloud_coverage": d["cloud_coverage"],
        "log_sqft": np.log(d["square_feet"]),
        "year_built": d["year_built"],
    }, index=d.index)
    for u in USE_LIST:
        X["use_" + u] = (d["primary_use"] == u).astype(float)
    return X


y = df["log_kwh"].to_numpy()

b = df["building_id"].to_numpy()
ub = np.unique(b)
hold = rng.choice(ub, size=len(ub) // 5, replace=False)
late = (df["timestamp"] >= CUT).to_numpy()
tr = np.flatnonzero(~np.isin(b, hold) & ~late)
va = np.flatnonzero(np.isin(b, hold) & late)
assert not np.isin(b[va], b[tr]).any()
print("fit rows", len(tr), "eval rows", len(va))

X = make_X(add_profile(df, df.iloc[tr]))

params = dict(max_iter=300, learning_rate=0.07, max_leaf_nodes=40,
              min_samples_leaf=250, random_state=32)
gbm = HistGradientBoostingRegressor(**params).fit(X.iloc[tr], y[tr])
pv = gbm.predict(X.iloc[va])
yv = y[va]


def rmsle(a, p):
    return float(np.sqrt(np.mean((a - p) ** 2)))


mean_base = np.full(len(va), y[tr].mean())
hour = df["timestamp"].dt.hour.to_numpy()
hour_base = pd.Series(y[tr]).groupby(hour[tr]).mean().reindex(hour[va]).to_numpy()
print(f"baseline: training mean        {rmsle(yv, mean_base):.4f}")
print(f"baseline: training hour mean   {rmsle(yv, hour_base):.4f}")
print(f"gbm                            {rmsle(yv, pv):.4f}")

# cluster bootstrap by building
vb = b[va]
members = pd.Series(np.arange(len(va))).groupby(vb).apply(np.array)
out = []
for _ in range(250):
    pick = rng.integers(0, len(members), len(members))
    ix = np.concatenate(members.iloc[pick].to_list())
    out.append(rmsle(yv[ix], pv[ix]))
print("RMSLE 95%% CI [%.4f, %.4f]" % tuple(np.percentile(out, [2.5, 97.5])))

imp = {}
base_score = rmsle(yv, pv)
for c in ["use_hour_level", "use_hour_spread", "air_temperature", "hour", "log_sqft"]:
    Xp = X.iloc[va].copy()
    Xp[c] = rng.permutation(Xp[c].to_numpy())
    imp[c] = rmsle(yv, gbm.predict(Xp)) - base_score
print(pd.Series(imp).sort_values(ascending=False).round(4))

# submission
final = HistGradientBoostingRegressor(**params).fit(make_X(add_profile(df, df)), y)
pred = np.expm1(final.predict(make_X(add_profile(test, df)))).clip(min=0)
pd.DataFrame({"reading_id": test["reading_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
print("written", len(pred))
