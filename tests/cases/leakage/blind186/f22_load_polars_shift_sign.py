"""Next-day substation load forecast (polars + LightGBM).

Each row is one substation-day; the target is the energy the substation will draw the
following day. Features are today's readings, lagged loads from earlier days (rolling
stats are computed on the lagged series) and the weather forecast for tomorrow.
Validation: the last 60 days are held out.
"""
import numpy as np
import polars as pl
import lightgbm as lgb
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

TARGET = "load_next_day_mwh"
HOLDOUT_DAYS = 60


def make_features(lf: pl.LazyFrame) -> pl.LazyFrame:
    lf = lf.sort(["substation_id", "timestamp"])
    lags = [
        pl.col("load_mwh").shift(-k).over("substation_id").alias(f"load_lag{k}")
        for k in (1, 2, 6, 13)
    ]
    return (
        lf.with_columns(lags)
        .with_columns(
            pl.col("load_lag1").rolling_mean(window_size=7).over("substation_id").alias("load_7d_mean"),
            pl.col("load_lag1").rolling_std(window_size=7).over("substation_id").alias("load_7d_std"),
            (pl.col("load_mwh") - pl.col("load_lag6")).alias("load_wow_change"),
            (pl.col("temp_forecast_next_day_c") - pl.col("temp_mean_c")).alias("temp_delta"),
            (pl.col("temp_forecast_next_day_c") - 18.0).clip(lower_bound=0).alias("cooling_degree"),
            (18.0 - pl.col("temp_forecast_next_day_c")).clip(lower_bound=0).alias("heating_degree"),
            (pl.col("timestamp").dt.weekday() % 7 + 1).alias("next_dow"),
            pl.col("timestamp").dt.month().alias("month"),
        )
    )


raw = pl.scan_csv("train.csv", try_parse_dates=True)
df = make_features(raw).collect()

FEATURES = [
    "load_mwh", "peak_mw", "temp_mean_c", "temp_max_c", "humidity",
    "temp_forecast_next_day_c", "is_holiday_next_day",
    "load_lag1", "load_lag2", "load_lag6", "load_lag13",
    "load_7d_mean", "load_7d_std", "load_wow_change",
    "temp_delta", "cooling_degree", "heating_degree", "next_dow", "month",
]

last_day = df.get_column("timestamp").max()
split_day = last_day - pl.duration(days=HOLDOUT_DAYS)
train = df.filter(pl.col("timestamp") <= split_day).drop_nulls(subset=["load_lag13"])
test = df.filter(pl.col("timestamp") > split_day)
print(f"train rows {train.height}  test rows {test.height}")

X_tr = train.select(FEATURES).to_pandas()
y_tr = train.get_column(TARGET).to_numpy()
X_te = test.select(FEATURES).to_pandas()
y_te = test.get_column(TARGET).to_numpy()

model = lgb.LGBMRegressor(
    objective="l1",
    n_estimators=1200,
    learning_rate=0.03,
    num_leaves=63,
    min_child_samples=30,
    feature_fraction=0.8,
    bagging_fraction=0.8,
    bagging_freq=1,
    random_state=0,
    verbose=-1,
)
model.fit(X_tr, y_tr)
pred = model.predict(X_te)

# two baselines: persistence (tomorrow = today) and the training mean
persistence = test.get_column("load_mwh").to_numpy()
mean_model = DummyRegressor(strategy="mean").fit(X_tr, y_tr).predict(X_te)


def report(name, y_true, y_hat):
    mae = mean_absolute_error(y_true, y_hat)
    rmse = mean_squared_error(y_true, y_hat) ** 0.5
    mape = np.mean(np.abs((y_true - y_hat) / np.clip(y_true, 1e-3, None))) * 100
    print(f"{name:22s} MAE {mae:8.2f}  RMSE {rmse:8.2f}  MAPE {mape:5.2f}%")


report("baseline: mean", y_te, mean_model)
report("baseline: persistence", y_te, persistence)
report("lightgbm", y_te, pred)

# per-substation error, to spot substations the model struggles with
per_sub = (
    test.select("substation_id", TARGET)
    .with_columns(pl.Series("pred", pred))
    .group_by("substation_id")
    .agg((pl.col(TARGET) - pl.col("pred")).abs().mean().alias("mae"))
    .sort("mae", descending=True)
)
print(per_sub.head(10))

# submission: features for test rows need each substation's recent history from train.csv
hist = pl.scan_csv("train.csv", try_parse_dates=True)
future = pl.scan_csv("test.csv", try_parse_dates=True)
both = make_features(pl.concat([hist, future], how="diagonal")).collect()
sub = both.join(future.select("row_id").collect(), on="row_id", how="semi")
model.fit(df.drop_nulls(subset=["load_lag13"]).select(FEATURES).to_pandas(),
          df.drop_nulls(subset=["load_lag13"]).get_column(TARGET).to_numpy())
pl.DataFrame({"row_id": sub.get_column("row_id"),
              "prediction": model.predict(sub.select(FEATURES).to_pandas())}).write_csv("predictions.csv")
