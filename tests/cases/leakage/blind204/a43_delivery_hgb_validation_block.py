"""Delivery delay (minutes late) - final pipeline.

* categorical columns as pandas 'category' -> HGB categorical_features="from_dtype"
* target through TransformedTargetRegressor (Yeo-Johnson)
* explicit train / validation / test blocks: each later block is later in
  time AND made of couriers the earlier blocks never saw
* the number of boosting rounds is picked on validation; test is scored once
"""
import numpy as np
import pandas as pd
from sklearn.compose import TransformedTargetRegressor
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, median_absolute_error
from sklearn.preprocessing import PowerTransformer

SEED = 19
CATS = ["pickup_zone", "dropoff_zone", "vehicle_type", "weather"]
DROP = ["order_id", "courier_id", "order_date", "minutes_late", "customer_complaint_filed"]


def prepare(frame, categories=None):
    frame = frame.copy()
    frame["hour"] = frame["order_date"].dt.hour
    frame["dow"] = frame["order_date"].dt.dayofweek
    frame["lunch_or_dinner"] = frame["hour"].isin([11, 12, 13, 18, 19, 20]).astype(int)
    frame["km_per_slack_min"] = frame["distance_km"] / (
        frame["promised_minutes"] - frame["restaurant_prep_minutes"]
    ).clip(lower=3)
    for c in CATS:
        if categories is None:
            frame[c] = frame[c].astype("category")
        else:
            frame[c] = pd.Categorical(frame[c], categories=categories[c])
    return frame


orders = prepare(pd.read_csv("train.csv", parse_dates=["order_date"]))
orders = orders.sort_values("order_date").reset_index(drop=True)
print(orders.shape, orders["courier_id"].nunique(), "couriers")
print(orders["minutes_late"].quantile([0.05, 0.25, 0.5, 0.75, 0.95]))

# ---------------------------------------------------------------- blocks
rng = np.random.default_rng(SEED)
couriers = rng.permutation(orders["courier_id"].unique())
n = len(couriers)
fit_c, val_c, test_c = couriers[: int(0.6 * n)], couriers[int(0.6 * n): int(0.8 * n)], couriers[int(0.8 * n):]
t1, t2 = orders["order_date"].quantile([0.6, 0.8])

train = orders[orders["courier_id"].isin(fit_c) & (orders["order_date"] < t1)]
valid = orders[orders["courier_id"].isin(val_c) & (orders["order_date"] >= t1) & (orders["order_date"] < t2)]
test = orders[orders["courier_id"].isin(test_c) & (orders["order_date"] >= t2)]
for name, part in [("train", train), ("valid", valid), ("test", test)]:
    print(f"{name:5s} {len(part):7d} rows  {part['order_date'].min():%Y-%m-%d} .. {part['order_date'].max():%Y-%m-%d}")


def xy(part):
    return part.drop(columns=DROP), part["minutes_late"]


X_train, y_train = xy(train)
X_valid, y_valid = xy(valid)
X_test, y_test = xy(test)


def make_model(n_iter):
    return TransformedTargetRegressor(
        regressor=HistGradientBoostingRegressor(
            categorical_features="from_dtype",
            learning_rate=0.05,
            max_iter=n_iter,
            max_leaf_nodes=31,
            min_samples_leaf=30,
            early_stopping=False,
            random_state=SEED,
        ),
        transformer=PowerTransformer(method="yeo-johnson"),
    )


# ---------------------------------------------------------------- rounds on validation
val_mae = {}
for n_iter in [100, 200, 400, 800]:
    m = make_model(n_iter).fit(X_train, y_train)
    val_mae[n_iter] = mean_absolute_error(y_valid, m.predict(X_valid))
    print(f"max_iter={n_iter:4d}  validation MAE {val_mae[n_iter]:.3f}")
best_iter = min(val_mae, key=val_mae.get)
print("chosen max_iter:", best_iter)

# ---------------------------------------------------------------- one test evaluation
model = make_model(best_iter).fit(X_train, y_train)
baseline = DummyRegressor(strategy="median").fit(X_train, y_train)
for name, est in [("median baseline", baseline), ("hgb", model)]:
    pred = est.predict(X_test)
    print(f"TEST {name:16s} MAE {mean_absolute_error(y_test, pred):.3f}  "
          f"MedAE {median_absolute_error(y_test, pred):.3f}")

# ---------------------------------------------------------------- submission
final = make_model(best_iter).fit(*xy(orders))
cats = {c: orders[c].cat.categories for c in CATS}
sub = prepare(pd.read_csv("test.csv", parse_dates=["order_date"]), categories=cats)
X_sub = sub.drop(columns=[c for c in DROP if c in sub.columns])
pd.DataFrame({"order_id": sub["order_id"], "prediction": final.predict(X_sub)}).to_csv(
    "predictions.csv", index=False
)
print("predictions.csv written")
