# Delivery delay: ridge on log-delay via TransformedTargetRegressor.
# Holdout = orders from December onwards of couriers who had no orders before
# December (new couriers), train = everything before December.
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import sklearn
from sklearn.compose import ColumnTransformer, TransformedTargetRegressor, make_column_selector
from sklearn.linear_model import RidgeCV
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, SplineTransformer, StandardScaler

sklearn.set_config(transform_output="pandas")

TARGET = "delay_min"

orders = (
    pd.read_csv("train.csv")
    .assign(order_ts=lambda d: pd.to_datetime(d.order_ts, utc=True))
    .sort_values("order_ts")
    .assign(
        hour=lambda d: d.order_ts.dt.hour,
        weekend=lambda d: (d.order_ts.dt.dayofweek >= 5).astype(int),
        items_bucket=lambda d: np.select([d["items"] <= 2, d["items"] <= 5], ["small", "medium"], "large"),
    )
)
print(orders[[TARGET, "distance_km", "items", "courier_rating_after"]].corr().round(2))

cut = pd.Timestamp("2024-12-01", tz="UTC")
train = orders[orders.order_ts < cut]
test = orders[(orders.order_ts >= cut) & ~orders.courier_id.isin(train.courier_id)]
print(f"train {len(train)}, test {len(test)} from {test.courier_id.nunique()} new couriers")

X_train = train.drop(columns=[TARGET, "order_id", "courier_id", "order_ts"])
X_test = test.drop(columns=[TARGET, "order_id", "courier_id", "order_ts"])

pre = ColumnTransformer(
    [
        ("hour", SplineTransformer(n_knots=8, extrapolation="periodic"), ["hour"]),
        ("dist", StandardScaler(), ["distance_km"]),
        ("cats", OneHotEncoder(handle_unknown="ignore", sparse_output=False),
         make_column_selector(dtype_include=object)),
    ],
    remainder="passthrough",
)
model = TransformedTargetRegressor(
    regressor=make_pipeline(pre, RidgeCV(alphas=np.logspace(-3, 3, 13))),
    func=np.log1p,
    inverse_func=np.expm1,
)
model.fit(X_train, train[TARGET])
pred = model.predict(X_test)

print("MAE :", round(mean_absolute_error(test[TARGET], pred), 2))
print("RMSE:", round(mean_squared_error(test[TARGET], pred) ** 0.5, 2))
print("alpha:", model.regressor_[-1].alpha_)

plt.scatter(test[TARGET], pred, s=4, alpha=0.3)
lim = test[TARGET].quantile(0.99)
plt.plot([0, lim], [0, lim], "k--")
plt.xlim(0, lim); plt.ylim(0, lim)
plt.xlabel("actual delay"); plt.ylabel("predicted")
plt.show()
