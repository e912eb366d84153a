"""Is the delay model data-limited? Learning curve over forward, courier-disjoint
folds of the development period, then a final check on the later period."""
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import learning_curve

FEATURES = ["distance_km", "n_items", "prep_time_est_min", "traffic_index", "courier_active_orders",
            "hour", "dow", "is_rain"]
DEV_END = pd.Timestamp("2024-03-01")


def prepare(path):
    df = pd.read_csv(path, parse_dates=["order_ts"]).sort_values("order_ts").reset_index(drop=True)
    df["hour"] = df.order_ts.dt.hour
    df["dow"] = df.order_ts.dt.dayofweek
    df["is_rain"] = df.weather.str.contains("rain", case=False, na=False).astype(int)
    return df


def forward_courier_splits(df, n_splits=4, held_frac=0.3, seed=0):
    rng = np.random.default_rng(seed)
    ts = df["order_ts"]
    edges = ts.quantile(np.linspace(0.5, 1.0, n_splits + 1)).to_numpy()
    splits = []
    for lo, hi in zip(edges[:-1], edges[1:]):
        couriers = df["courier_id"].unique()
        held = df["courier_id"].isin(rng.choice(couriers, int(len(couriers) * held_frac), replace=False))
        tr = np.flatnonzero(((ts < lo) & ~held).to_numpy())
        va = np.flatnonzero(((ts >= lo) & (ts < hi) & held).to_numpy())
        splits.append((tr, va))
    return splits


df = prepare("data/deliveries.csv")
dev = df[df.order_ts < DEV_END].reset_index(drop=True)
later = df[df.order_ts >= DEV_END]
final_test = later[~later.courier_id.isin(set(dev.courier_id))]

splits = forward_courier_splits(dev)
est = HistGradientBoostingRegressor(loss="absolute_error", max_iter=400, learning_rate=0.05, random_state=0)
sizes, train_scores, val_scores = learning_curve(
    est, dev[FEATURES], dev["delay_min"], cv=splits,
    train_sizes=np.linspace(0.1, 1.0, 6), scoring="neg_mean_absolute_error", n_jobs=-1,
)
_, _, base_scores = learning_curve(
    DummyRegressor(strategy="median"), dev[FEATURES], dev["delay_min"], cv=splits,
    train_sizes=np.linspace(0.1, 1.0, 6), scoring="neg_mean_absolute_error",
)

curve = pd.DataFrame({
    "n_train": sizes,
    "train_mae": -train_scores.mean(axis=1),
    "val_mae": -val_scores.mean(axis=1),
    "val_mae_sd": val_scores.std(axis=1),
    "baseline_val_mae": -base_scores.mean(axis=1),
})
print(curve.round(3))

fig, ax = plt.subplots(figsize=(6, 3.5))
ax.plot(curve.n_train, curve.train_mae, "o-", label="train")
ax.plot(curve.n_train, curve.val_mae, "o-", label="forward validation")
ax.plot(curve.n_train, curve.baseline_val_mae, "k--", label="median baseline")
ax.set_xlabel("training orders"); ax.set_ylabel("MAE (min)"); ax.legend()
fig.tight_layout(); fig.savefig("learning_curve_delay.png", dpi=120)

est.fit(dev[FEATURES], dev["delay_min"])
base = DummyRegressor(strategy="median").fit(dev[FEATURES], dev["delay_min"])
print("final test MAE %.2f (baseline %.2f) on %d orders" % (
    mean_absolute_error(final_test["delay_min"], est.predict(final_test[FEATURES])),
    mean_absolute_error(final_test["delay_min"], base.predict(final_test[FEATURES])),
    len(final_test)))
