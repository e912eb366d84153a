# Delivery delay -- fit and describe.
# Poisson GBM on all labelled orders; in-sample error vs a constant-mean baseline,
# then partial dependence to explain what drives delays.
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.inspection import PartialDependenceDisplay
from sklearn.metrics import mean_absolute_error, mean_poisson_deviance, r2_score

TARGET = "delay_min"

df = (
    pd.read_csv("train.csv", parse_dates=["order_ts"])
    .sort_values(["courier_id", "order_ts"])
    .assign(
        hour=lambda d: d.order_ts.dt.hour,
        dow=lambda d: d.order_ts.dt.dayofweek,
        weather=lambda d: d.weather.astype("category"),
        courier_prev_gap_h=lambda d: d.groupby("courier_id").order_ts.diff().dt.total_seconds() / 3600,
        delay_pos=lambda d: d[TARGET].clip(lower=0),
    )
)
print(df[[TARGET, "distance_km", "items"]].describe().round(2))
print((df[TARGET] < 0).mean(), "share of early deliveries (clipped to 0 for the Poisson loss)")

feats = ["distance_km", "items", "weather", "hour", "dow", "courier_prev_gap_h"]
gbm = HistGradientBoostingRegressor(loss="poisson", categorical_features="from_dtype",
                                    max_iter=300, learning_rate=0.05, random_state=0)
gbm.fit(df[feats], df["delay_pos"])
fitted = gbm.predict(df[feats])
mean_pred = np.full(len(df), df["delay_pos"].mean())

summary = pd.DataFrame({
    "mean_baseline": [mean_absolute_error(df.delay_pos, mean_pred), r2_score(df.delay_pos, mean_pred),
                      mean_poisson_deviance(df.delay_pos + 1e-6, mean_pred)],
    "poisson_gbm": [mean_absolute_error(df.delay_pos, fitted), r2_score(df.delay_pos, fitted),
                    mean_poisson_deviance(df.delay_pos + 1e-6, fitted)],
}, index=["mae", "r2", "poisson_dev"])
print(summary.round(3))

PartialDependenceDisplay.from_estimator(gbm, df[feats], ["distance_km", "items", "hour"], n_cols=3)
plt.gcf().set_size_inches(12, 3)
plt.show()

by_weather = df.assign(fitted=fitted).groupby("weather", observed=True)[["delay_pos", "fitted"]].mean()
by_weather.plot.bar(title="actual vs fitted mean delay by weather")
plt.show()
