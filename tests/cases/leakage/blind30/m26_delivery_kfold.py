"""5-fold CV comparison for the delivery-delay task."""
import numpy as np
import polars as pl
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.linear_model import RidgeCV
from sklearn.model_selection import KFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

orders = (
    pl.read_csv("train.csv", try_parse_dates=True)
    .sort("courier_id", "order_time")
    .with_columns(
        pl.col("order_time").dt.hour().alias("hour"),
        pl.col("order_time").dt.weekday().alias("dow"),
        (pl.col("weather") != "clear").cast(pl.Int8).alias("bad_weather"),
        pl.col("distance_km").shift(1).over("courier_id").alias("prev_km"),
        pl.col("order_time").diff().over("courier_id").dt.total_minutes().alias("gap_min"),
        pl.col("order_id").cum_count().over("courier_id").alias("nth_order"),
    )
    .with_columns(pl.col("prev_km", "gap_min").fill_null(-1))
)

FEATURES = [
    "distance_km",
    "n_items",
    "prep_time_min",
    "hour",
    "dow",
    "bad_weather",
    "prev_km",
    "gap_min",
    "nth_order",
]
X = orders.select(FEATURES).to_numpy()
y = orders["delay_min"].to_numpy()

cv = KFold(n_splits=5, shuffle=True, random_state=0)
models = {
    "dummy_mean": DummyRegressor(),
    "ridge": make_pipeline(StandardScaler(), RidgeCV(alphas=np.logspace(-2, 3, 20))),
    "hgb": HistGradientBoostingRegressor(max_iter=400, learning_rate=0.05, random_state=0),
}

summary = []
for name, model in models.items():
    mae = -cross_val_score(model, X, y, cv=cv, scoring="neg_mean_absolute_error", n_jobs=-1)
    summary.append({"model": name, "mae_mean": mae.mean(), "mae_std": mae.std()})
    print(f"{name:12s} MAE {mae.mean():.2f} +/- {mae.std():.2f}")

print(pl.DataFrame(summary).sort("mae_mean"))

# refit hgb on all data for the submission
final = models["hgb"].fit(X, y)
sub = (
    pl.read_csv("test.csv", try_parse_dates=True)
    .sort("courier_id", "order_time")
    .with_columns(
        pl.col("order_time").dt.hour().alias("hour"),
        pl.col("order_time").dt.weekday().alias("dow"),
        (pl.col("weather") != "clear").cast(pl.Int8).alias("bad_weather"),
        pl.col("distance_km").shift(1).over("courier_id").alias("prev_km"),
        pl.col("order_time").diff().over("courier_id").dt.total_minutes().alias("gap_min"),
        pl.col("order_id").cum_count().over("courier_id").alias("nth_order"),
    )
    .with_columns(pl.col("prev_km", "gap_min").fill_null(-1))
)
pl.DataFrame({"order_id": sub["order_id"], "prediction": final.predict(sub.select(FEATURES).to_numpy())}).write_csv(
    "predictions.csv"
)
