"""
Energy take-home -- hourly kWh per building.

Backtest: rolling origin, one month at a time from July to December. At each
origin the ridge model is fitted on the "development" buildings' readings
before the origin and scored on the "evaluation" buildings' readings in the
month after it. Evaluation buildings never contribute a fitting row.
All scaling/imputation statistics come from the fitting rows of that fold.
"""
import numpy as np
import pandas as pd

rng = np.random.default_rng(40)

df = pd.read_csv("train.csv", parse_dates=["timestamp"])
test = pd.read_csv("test.csv", parse_dates=["timestamp"])
df = df.sort_values(["timestamp", "building_id"], kind="stable").reset_index(drop=True)
print(df.shape, df["timestamp"].min(), df["timestamp"].max())

KINDS = ["Education", "Office", "Lodging/residential", "Entertainment/public assembly",
         "Public services", "Healthcare", "Other"]


def design(d):
    ts = d["timestamp"]
    hr = ts.dt.hour.to_numpy()
    cols = {f"hr{h}": (hr == h).astype(float) for h in range(1, 24)}
    cols["weekend"] = (ts.dt.dayofweek >= 5).to_numpy(float)
    cols["temp"] = d["air_temperature"].to_numpy(float)
    cols["cdh"] = np.clip(cols["temp"] - 18, 0, None)
    cols["hdh"] = np.clip(15 - cols["temp"], 0, None)
    cols["dew"] = d["dew_temperature"].to_numpy(float)
    cols["wind"] = d["wind_speed"].to_numpy(float)
    cols["log_sqft"] = np.log(d["square_feet"].to_numpy(float))
    cols["age"] = 2016 - d["year_built"].to_numpy(float)
    for k in KINDS:
        cols["k_" + k] = (d["primary_use"] == k).to_numpy(float)
    return pd.DataFrame(cols)


R = design(df).to_numpy()
y = np.log1p(df["kwh"].to_numpy(float))
ts = df["timestamp"].to_numpy()
bld = df["building_id"].to_numpy()

ub = np.unique(bld)
eval_b = rng.choice(ub, size=len(ub) // 5, replace=False)
is_eval_b = np.isin(bld, eval_b)


def standardise(M, rows):
    med = np.nanmedian(M[rows], axis=0)
    M = np.where(np.isnan(M), med, M)
    mu, sd = M[rows].mean(0), M[rows].std(0)
    sd[sd == 0] = 1.0
    return (M - mu) / sd, (med, mu, sd)


def ridge(A, t, lam=20.0):
    A1 = np.c_[np.ones(len(A)), A]
    P = lam * np.eye(A1.shape[1])
    P[0, 0] = 0
    return np.linalg.solve(A1.T @ A1 + P, A1.T @ t)


def rmsle(a, p):
    return float(np.sqrt(np.mean((a - p) ** 2)))


origins = pd.date_range("2016-07-01", "2016-12-01", freq="MS")
fold_rows, all_err = [], []
for o in origins:
    o64 = np.datetime64(o)
    nxt = np.datetime64(o + pd.offsets.MonthBegin(1))
    fit = np.flatnonzero(~is_eval_b & (ts < o64))
    sc = np.flatnonzero(is_eval_b & (ts >= o64) & (ts < nxt))
    sc = sc[~np.isin(bld[sc], bld[fit])]
    Z, _ = standardise(R, fit)
    w = ridge(Z[fit], y[fit])
    p = w[0] + Z[sc] @ w[1:]
    hour = df["timestamp"].dt.hour.to_numpy()
    base_tab = pd.Series(y[fit]).groupby(hour[fit]).mean()
    pb = base_tab.reindex(hour[sc]).fillna(y[fit].mean()).to_numpy()
    fold_rows.append({"origin": o.date(), "n_fit": fit.size, "n_scored": sc.size,
                      "rmsle": rmsle(y[sc], p), "rmsle_hour_mean_baseline": rmsle(y[sc], pb)})
    all_err.append(pd.DataFrame({"b": bld[sc], "e": y[sc] - p, "eb": y[sc] - pb}))

res = pd.DataFrame(fold_rows)
print(res.round(4).to_string(index=False))
print(res[["rmsle", "rmsle_hour_mean_baseline"]].mean().round(4))

err = pd.concat(all_err, ignore_index=True)
groups = err.groupby("b").indices
keys = np.array(list(groups))
boot = []
for _ in range(500):
    ix = np.concatenate([groups[k] for k in rng.choice(keys, keys.size)])
    e, eb = err["e"].to_numpy()[ix], err["eb"].to_numpy()[ix]
    boot.append(np.sqrt(np.mean(e ** 2)) - np.sqrt(np.mean(eb ** 2)))
print("pooled RMSLE gain vs baseline, 95%% CI: [%.4f, %.4f]" % tuple(-np.percentile(boot, [97.5, 2.5])))

# final fit on all labelled readings
Z_all, (med, mu, sd) = standardise(R, np.arange(len(y)))
w_all = ridge(Z_all, y)
T = design(test).to_numpy()
T = (np.where(np.isnan(T), med, T) - mu) / sd
pred = np.expm1(w_all[0] + T @ w_all[1:]).clip(min=0)
pd.DataFrame({"reading_id": test["reading_id"].to_numpy(), "prediction": pred}).to_csv(
    "predictions.csv", index=False)
print("predictions", pred.shape)
