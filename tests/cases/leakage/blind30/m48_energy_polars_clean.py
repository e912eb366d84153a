"""Hourly electricity load for one site: next-hour forecast with lagged features (polars lazy)."""
import numpy as np
import polars as pl
from sklearn.linear_model import Ridge
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import TimeSeriesSplit
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

LAGS = [1, 2, 3, 24, 168]

lf = (
    pl.scan_parquet("data/site_load_hourly.parquet")
    .sort("ts")
    .with_columns(pl.col("load_kw").fill_null(strategy="forward"))
    .with_columns(
        [pl.col("load_kw").shift(k).alias(f"lag_{k}") for k in LAGS]
        + [
            pl.col("load_kw").shift(1).rolling_mean(window_size=24).alias("mean_prev_24h"),
            pl.col("load_kw").shift(1).rolling_max(window_size=24).alias("max_prev_24h"),
            pl.col("temp_c").shift(1).alias("temp_prev"),
            pl.col("ts").dt.hour().alias("hour"),
            pl.col("ts").dt.weekday().alias("dow"),
        ]
    )
    .drop_nulls()
)
df = lf.collect()

FEATS = [f"lag_{k}" for k in LAGS] + ["mean_prev_24h", "max_prev_24h", "temp_prev", "hour", "dow"]
n_test = 24 * 28  # last four weeks held out
dev, test = df.head(df.height - n_test), df.tail(n_test)
X_dev, y_dev = dev.select(FEATS).to_numpy(), dev["load_kw"].to_numpy()
X_test, y_test = test.select(FEATS).to_numpy(), test["load_kw"].to_numpy()

candidates = {
    "ridge": make_pipeline(StandardScaler(), Ridge(alpha=1.0)),
    "hgb": HistGradientBoostingRegressor(max_iter=300, learning_rate=0.05, random_state=0),
}
cv_scores = {name: [] for name in candidates}
for tr, va in TimeSeriesSplit(n_splits=5, test_size=24 * 14).split(X_dev):
    for name, model in candidates.items():
        model.fit(X_dev[tr], y_dev[tr])
        cv_scores[name].append(mean_absolute_error(y_dev[va], model.predict(X_dev[va])))
for name, s in cv_scores.items():
    print(f"{name:6s} CV MAE {np.mean(s):.2f} (+/- {np.std(s):.2f})")

chosen = min(cv_scores, key=lambda k: np.mean(cv_scores[k]))
model = candidates[chosen].fit(X_dev, y_dev)
pred = model.predict(X_test)

naive_same_hour_yesterday = test["lag_24"].to_numpy()
print("chosen by CV:", chosen)
print("test MAE model              :", round(mean_absolute_error(y_test, pred), 2))
print("test MAE naive (t-24h) baseline:", round(mean_absolute_error(y_test, naive_same_hour_yesterday), 2))
