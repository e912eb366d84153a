"""
Delivery delay take-home.

Approach: gradient boosting on order + courier-history features. The model is
trained on the full training file and scored on it; predictions for test.csv
are written to predictions.csv.
"""
import polars as pl
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score


def build(path: str) -> pl.DataFrame:
    return (
        pl.read_csv(path, try_parse_dates=True)
        .sort("courier_id", "order_time")
        .with_columns(
            pl.col("order_time").dt.hour().alias("hour"),
            pl.col("order_time").dt.weekday().alias("weekday"),
            (pl.col("weather") == "rain").cast(pl.Int8).alias("rain"),
            (pl.col("vehicle_type") == "car").cast(pl.Int8).alias("car"),
            pl.col("distance_km").shift(1).over("courier_id").fill_null(0).alias("prev_distance"),
            pl.col("n_items").shift(1).rolling_sum(window_size=3, min_periods=1).over("courier_id")
            .fill_null(0).alias("items_prev3"),
            pl.col("order_time").diff().over("courier_id").dt.total_minutes().fill_null(999).alias("idle_min"),
        )
    )


FEATURES = [
    "distance_km",
    "n_items",
    "prep_time_min",
    "hour",
    "weekday",
    "rain",
    "car",
    "prev_distance",
    "items_prev3",
    "idle_min",
]

train = build("train.csv")
X = train.select(FEATURES).to_numpy()
y = train["delay_min"].to_numpy()

model = GradientBoostingRegressor(
    n_estimators=500,
    max_depth=4,
    learning_rate=0.05,
    subsample=0.8,
    loss="huber",
    random_state=10,
)
model.fit(X, y)

fitted = model.predict(X)
print("MAE :", round(mean_absolute_error(y, fitted), 3))
print("RMSE:", round(mean_squared_error(y, fitted) ** 0.5, 3))
print("R2  :", round(r2_score(y, fitted), 3))

importance = pl.DataFrame({"feature": FEATURES, "importance": model.feature_importances_}).sort(
    "importance", descending=True
)
print(importance)

test = build("test.csv")
preds = model.predict(test.select(FEATURES).to_numpy())
pl.DataFrame({"order_id": test["order_id"], "prediction": preds}).write_csv("predictions.csv")
print("wrote", len(preds), "predictions")
