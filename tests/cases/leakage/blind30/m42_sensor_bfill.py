"""Pump failure early warning (single pump, 10-minute sensor readings)."""
import polars as pl
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

readings = pl.read_parquet("data/pump_07_sensors.parquet").sort("ts")

# sensors drop out regularly; fill holes before building windows
readings = readings.with_columns(
    pl.col("vibration_rms").fill_null(strategy="backward"),
    pl.col("bearing_temp").interpolate(),
    pl.col("flow_rate").fill_null(strategy="backward"),
    pl.col("pressure_bar").interpolate().fill_null(strategy="backward"),
)

# label: a failure is logged within the next 24 hours (144 readings)
readings = readings.with_columns(
    pl.col("failure_logged").reverse().rolling_max(window_size=144, min_periods=1).reverse().alias("fail_24h")
)

feats = readings.with_columns(
    pl.col("vibration_rms").rolling_mean(window_size=36).alias("vib_mean_6h"),
    pl.col("vibration_rms").rolling_std(window_size=36).alias("vib_std_6h"),
    pl.col("bearing_temp").rolling_max(window_size=36).alias("temp_max_6h"),
    (pl.col("bearing_temp") - pl.col("bearing_temp").shift(6)).alias("temp_delta_1h"),
    pl.col("flow_rate").rolling_mean(window_size=144).alias("flow_mean_24h"),
    pl.col("ts").dt.hour().alias("hour"),
).drop_nulls()

COLS = ["vibration_rms", "bearing_temp", "flow_rate", "pressure_bar", "vib_mean_6h", "vib_std_6h",
        "temp_max_6h", "temp_delta_1h", "flow_mean_24h", "hour"]

split_ts = feats["ts"].quantile(0.75)
train = feats.filter(pl.col("ts") < split_ts)
test = feats.filter(pl.col("ts") >= split_ts)

rf = RandomForestClassifier(n_estimators=300, min_samples_leaf=20, class_weight="balanced",
                            n_jobs=-1, random_state=0)
rf.fit(train.select(COLS).to_numpy(), train["fail_24h"].to_numpy())
p = rf.predict_proba(test.select(COLS).to_numpy())[:, 1]

print("positive rate test:", test["fail_24h"].mean())
print("ROC AUC:", roc_auc_score(test["fail_24h"], p))
print("PR AUC :", average_precision_score(test["fail_24h"], p))

importances = sorted(zip(COLS, rf.feature_importances_), key=lambda t: -t[1])
for name, val in importances:
    print(f"{name:15s} {val:.3f}")

daily = (
    test.select("ts", "fail_24h").with_columns(pl.Series("risk", p))
    .group_by_dynamic("ts", every="1d")
    .agg(pl.col("risk").max().alias("max_risk"), pl.col("fail_24h").max().alias("failure_next_24h"))
)
print(daily.tail(14))
