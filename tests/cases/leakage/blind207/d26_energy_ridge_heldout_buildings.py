"""
Hourly electricity load per building -- take-home.

Target is modelled on the log scale (log1p kWh) and scored with RMSLE.
Model: closed-form ridge regression in numpy on calendar, weather and
building-metadata features.

Validation: 20% of the buildings are held out entirely, so the score says how
well the model does on buildings it has never seen.
"""
import numpy as np
import pandas as pd

rng = np.random.default_rng(26)

df = pd.read_csv("train.csv", parse_dates=["timestamp"])
test = pd.read_csv("test.csv", parse_dates=["timestamp"])
print(df.shape, test.shape)
print(df["timestamp"].min(), df["timestamp"].max())
print(df["building_id"].nunique(), "buildings,", df["site_id"].nunique(), "sites")
print(df.groupby("primary_use")["kwh"].median().sort_values())

WEATHER = ["air_temperature", "dew_temperature", "cloud_coverage", "wind_speed"]
USES = ["Education", "Entertainment/public assembly", "Food sales and service",
        "Healthcare", "Lodging/residential", "Manufacturing/industrial", "Office",
        "Other", "Parking", "Public services", "Religious worship", "Retail",
        "Services", "Technology/science", "Utility", "Warehouse/storage"]


def design(d):
    ts = d["timestamp"]
    cols = {}
    for h in range(24):
        cols[f"h{h:02d}"] = (ts.dt.hour == h).astype(float)
    cols["weekend"] = (ts.dt.dayofweek >= 5).astype(float)
    cols["doy_sin"] = np.sin(2 * np.pi * ts.dt.dayofyear / 365.25)
    cols["doy_cos"] = np.cos(2 * np.pi * ts.dt.dayofyear / 365.25)
    for w in WEATHER:
        cols[w] = d[w].astype(float)
    cols["cooling_deg"] = (d["air_temperature"] - 18).clip(lower=0)
    cols["heating_deg"] = (15 - d["air_temperature"]).clip(lower=0)
    cols["log_sqft"] = np.log(d["square_feet"].astype(float))
    cols["year_built"] = d["year_built"].astype(float)
    cols["floor_count"] = d["floor_count"].astype(float)
    for u in USES[1:]:
        cols["use_" + u] = (d["primary_use"] == u).astype(float)
    return pd.DataFrame(cols, index=d.index)


D = design(df)
names = list(D.columns)
X = D.to_numpy()
y = np.log1p(df["kwh"].to_numpy(dtype=float))

buildings = df["building_id"].to_numpy()
ub = np.unique(buildings)
held = rng.choice(ub, size=int(round(0.2 * len(ub))), replace=False)
is_held = np.isin(buildings, held)
tr_idx = np.flatnonzero(~is_held)
va_idx = np.flatnonzero(is_held)
print(f"train rows {len(tr_idx):,}  validation rows {len(va_idx):,}  held-out buildings {len(held)}")

fill = np.nanmedian(X[tr_idx], axis=0)
X = np.where(np.isnan(X), fill, X)
mu = X[tr_idx].mean(0)
sd = X[tr_idx].std(0)
sd[sd == 0] = 1.0
Z = (X - mu) / sd


def ridge(A, t, lam):
    A1 = np.column_stack([np.ones(len(A)), A])
    P = lam * np.eye(A1.shape[1])
    P[0, 0] = 0.0
    return np.linalg.solve(A1.T @ A1 + P, A1.T @ t)


def rmse(a, b):
    return float(np.sqrt(np.mean((a - b) ** 2)))


beta = ridge(Z[tr_idx], y[tr_idx], lam=10.0)
pred_va = beta[0] + Z[va_idx] @ beta[1:]

# baseline: mean log-load by (primary use, hour of day) from the training rows
key = df["primary_use"].astype(str) + "_" + df["timestamp"].dt.hour.astype(str)
prof = pd.Series(y[tr_idx]).groupby(key.to_numpy()[tr_idx]).mean()
base_va = key.iloc[va_idx].map(prof).fillna(y[tr_idx].mean()).to_numpy()

print(f"baseline use x hour profile  RMSLE {rmse(y[va_idx], base_va):.4f}")
print(f"baseline global mean         RMSLE {rmse(y[va_idx], np.full(len(va_idx), y[tr_idx].mean())):.4f}")
print(f"ridge                        RMSLE {rmse(y[va_idx], pred_va):.4f}")

# bootstrap over held-out buildings (rows of one building are not independent)
va_b = buildings[va_idx]
groups = {b: np.flatnonzero(va_b == b) for b in np.unique(va_b)}
keys = list(groups)
stats = []
for _ in range(300):
    pick = rng.choice(len(keys), len(keys), replace=True)
    ix = np.concatenate([groups[keys[i]] for i in pick])
    stats.append(rmse(y[va_idx][ix], pred_va[ix]) - rmse(y[va_idx][ix], base_va[ix]))
print("RMSLE(ridge) - RMSLE(profile), 95%% CI: [%.4f, %.4f]" % tuple(np.percentile(stats, [2.5, 97.5])))

coef = pd.Series(beta[1:], index=names)
print(coef.reindex(coef.abs().sort_values(ascending=False).index).head(12).round(3))

# refit on every labelled row and predict test
Xa = D.to_numpy()
fa = np.nanmedian(Xa, axis=0)
Xa = np.where(np.isnan(Xa), fa, Xa)
ma, sa = Xa.mean(0), Xa.std(0)
sa[sa == 0] = 1.0
beta_a = ridge((Xa - ma) / sa, y, lam=10.0)
Xt = design(test).to_numpy()
Xt = (np.where(np.isnan(Xt), fa, Xt) - ma) / sa
kwh_hat = np.expm1(beta_a[0] + Xt @ beta_a[1:]).clip(min=0)
pd.DataFrame({"reading_id": test["reading_id"], "prediction": kwh_hat}).to_csv("predictions.csv", index=False)
print("predictions:", kwh_hat.shape)
