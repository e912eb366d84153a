"""
Delivery-time promise (P90) -- take-home
---------------------------------------
The product shows customers a "delivered by" time. It should be late for at
most 10% of orders, so the target is the 90th percentile of delivery_minutes
given what we know when the order is placed.

Models: LightGBM with the quantile objective at alpha=0.9 (the promise) and
alpha=0.5 (the typical time, for the memo). Scored with the pinball loss at
0.9 and the empirical coverage (share of orders delivered within the promise).
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import lightgbm as lgb
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_pinball_loss

ALPHA = 0.9

orders = pd.read_csv("train.csv", parse_dates=["order_placed_at"])
orders = orders.sort_values("order_placed_at").reset_index(drop=True)


def add_features(frame):
    out = frame.copy()
    ts = out["order_placed_at"]
    out["hour"] = ts.dt.hour
    out["weekday"] = ts.dt.weekday
    out["is_weekend"] = (out["weekday"] >= 5).astype(int)
    out["is_dinner_peak"] = out["hour"].between(18, 21).astype(int)
    out["log_distance"] = np.log1p(out["distance_km"])
    out["value_per_item"] = out["basket_value"] / out["basket_size"].clip(lower=1)
    out["orders_per_courier"] = out["n_open_orders_zone"] / out["n_active_couriers"].clip(lower=1)
    return pd.get_dummies(out, columns=["zone", "weather"], dtype=float)


data = add_features(orders)
FEATURES = [c for c in data.columns
            if c not in {"order_id", "order_placed_at", "restaurant_id", "delivered_at",
                         "courier_wait_min", "delivery_minutes"}]

# the last four weeks are held out: train strictly before, evaluate after
cut = data["order_placed_at"].max() - pd.Timedelta(days=28)
train = data[data["order_placed_at"] < cut]
test = data[data["order_placed_at"] >= cut]
X_train, y_train = train[FEATURES], train["delivery_minutes"]
X_test, y_test = test[FEATURES], test["delivery_minutes"]

params = dict(n_estimators=800, learning_rate=0.03, num_leaves=63,
              min_child_samples=100, subsample=0.8, subsample_freq=1,
              colsample_bytree=0.8, random_state=1)
q90 = lgb.LGBMRegressor(objective="quantile", alpha=ALPHA, **params).fit(X_train, y_train)
q50 = lgb.LGBMRegressor(objective="quantile", alpha=0.5, **params).fit(X_train, y_train)

baseline = DummyRegressor(strategy="quantile", quantile=ALPHA).fit(X_train, y_train)

rows = []
for name, pred in [("baseline: global P90", baseline.predict(X_test)),
                   ("LightGBM quantile", q90.predict(X_test))]:
    rows.append({"model": name,
                 "pinball@0.9": mean_pinball_loss(y_test, pred, alpha=ALPHA),
                 "coverage": float(np.mean(y_test <= pred)),
                 "mean promise (min)": float(np.mean(pred))})
print(pd.DataFrame(rows).round(3).to_string(index=False))

# coverage by hour of day: the promise should hold at peak times as well
test_view = test.assign(p90=q90.predict(X_test), p50=q50.predict(X_test))
cov = test_view.groupby("hour").apply(lambda g: (g["delivery_minutes"] <= g["p90"]).mean())
fig, axes = plt.subplots(1, 2, figsize=(12, 4))
cov.plot(marker="o", ax=axes[0], title="P90 coverage by hour")
axes[0].axhline(ALPHA, color="grey", ls="--")
axes[1].scatter(test_view["p50"], test_view["delivery_minutes"], s=3, alpha=0.3)
axes[1].set_xlabel("predicted median"); axes[1].set_ylabel("actual minutes")
fig.tight_layout()
fig.savefig("p90_diagnostics.png", dpi=120)

new_orders = add_features(pd.read_csv("test.csv", parse_dates=["order_placed_at"]))
new_orders = new_orders.reindex(columns=data.columns, fill_value=0.0)
pd.DataFrame({"order_id": new_orders["order_id"],
              "prediction": q90.predict(new_orders[FEATURES])}).to_csv("predictions.csv", index=False)
