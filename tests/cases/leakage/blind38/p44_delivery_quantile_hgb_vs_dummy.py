"""Delivery ETA P90 (take-home).

HistGradientBoosting with the quantile loss; the categorical zone/weather
columns are handled natively. Held out: the final 14 days.
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_pinball_loss
from sklearn.dummy import DummyRegressor

Q = 0.9

df = pd.read_csv("train.csv", parse_dates=["order_placed_at"])
df = df.sort_values("order_placed_at")
df["hour"] = df["order_placed_at"].dt.hour
df["dow"] = df["order_placed_at"].dt.dayofweek
ZONES = ["airport", "centre", "east", "harbour", "north", "south", "university", "west"]  # from the brief
WEATHER = ["clear", "cloudy", "rain", "snow", "storm"]
df["zone_code"] = df["zone"].map({z: i for i, z in enumerate(ZONES)}).fillna(-1)
df["weather_code"] = df["weather"].map({w: i for i, w in enumerate(WEATHER)}).fillna(-1)

cols = ["distance_km", "basket_size", "basket_value", "prep_time_est_min",
        "n_active_couriers", "n_open_orders_zone", "hour", "dow", "zone_code", "weather_code"]
is_cat = [c in ("zone_code", "weather_code") for c in cols]

split_at = df["order_placed_at"].max() - pd.Timedelta(days=14)
fit_part = df[df["order_placed_at"] <= split_at]
eval_part = df[df["order_placed_at"] > split_at]

hgb = HistGradientBoostingRegressor(loss="quantile", quantile=Q, max_iter=500,
                                    learning_rate=0.05, max_leaf_nodes=48,
                                    categorical_features=is_cat, random_state=0)
hgb.fit(fit_part[cols], fit_part["delivery_minutes"])
p90 = hgb.predict(eval_part[cols])
y = eval_part["delivery_minutes"].to_numpy()

print(f"pinball loss @ {Q}: {mean_pinball_loss(y, p90, alpha=Q):.3f}")
print(f"coverage: {np.mean(y <= p90):.3f} (target {Q})")
print(f"median promise width over actual: {np.median(p90 - y):.1f} min")

# reference point: the unconditional P90 of the training period
dummy = DummyRegressor(strategy="quantile", quantile=Q).fit(fit_part[cols], fit_part["delivery_minutes"])
flat = dummy.predict(eval_part[cols])
print(f"baseline (flat P90) pinball: {mean_pinball_loss(y, flat, alpha=Q):.3f}, coverage {np.mean(y <= flat):.3f}")
by_zone = (eval_part.assign(hit=(y <= p90)).groupby("zone")["hit"].mean().sort_values())
ax = by_zone.plot.barh(figsize=(6, 5), title="P90 coverage by zone (last 14 days)")
ax.axvline(Q, ls="--", color="k")
plt.tight_layout()
plt.savefig("coverage_by_zone.png")

sub = pd.read_csv("test.csv", parse_dates=["order_placed_at"])
sub["hour"] = sub["order_placed_at"].dt.hour
sub["dow"] = sub["order_placed_at"].dt.dayofweek
sub["zone_code"] = sub["zone"].map({z: i for i, z in enumerate(ZONES)}).fillna(-1)
sub["weather_code"] = sub["weather"].map({w: i for i, w in enumerate(WEATHER)}).fillna(-1)
pd.DataFrame({"order_id": sub["order_id"], "prediction": hgb.predict(sub[cols])}).to_csv(
    "predictions.csv", index=False)
