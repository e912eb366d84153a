import sqlite3

import pandas as pd
import polars as pl
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, r2_score

DB = ":memory:"
conn = sqlite3.connect(DB)

orders = pl.read_csv("train.csv", try_parse_dates=True)
orders.to_pandas().to_sql("orders", conn, index=False)

FEATURE_QUERY = """
SELECT
    order_id,
    courier_id,
    order_time,
    distance_km,
    n_items,
    prep_time_min,
    CAST(strftime('%H', order_time) AS INTEGER)            AS hour,
    CASE WHEN weather = 'rain' THEN 1 ELSE 0 END           AS rain,
    -- recent form of the courier: average delay over the last 5 orders
    AVG(delay_min) OVER (
        PARTITION BY courier_id ORDER BY order_time
        ROWS BETWEEN 5 PRECEDING AND CURRENT ROW
    )                                                      AS courier_recent_delay,
    COUNT(*) OVER (
        PARTITION BY courier_id ORDER BY order_time
        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    )                                                      AS courier_order_no,
    AVG(distance_km) OVER (
        PARTITION BY zone ORDER BY order_time
        ROWS BETWEEN 20 PRECEDING AND 1 PRECEDING
    )                                                      AS zone_recent_km,
    delay_min
FROM orders
"""
conn.execute(f"CREATE TABLE feats AS {FEATURE_QUERY}")

# 80/20 split with sqlite's random()
conn.execute("CREATE TABLE split AS SELECT order_id, (ABS(random()) % 100) < 80 AS is_train FROM feats")
train = pd.read_sql_query(
    "SELECT f.* FROM feats f JOIN split s USING (order_id) WHERE s.is_train = 1", conn
)
test = pd.read_sql_query(
    "SELECT f.* FROM feats f JOIN split s USING (order_id) WHERE s.is_train = 0", conn
)
print(len(train), len(test))

cols = [
    "distance_km",
    "n_items",
    "prep_time_min",
    "hour",
    "rain",
    "courier_recent_delay",
    "courier_order_no",
    "zone_recent_km",
]
train[cols] = train[cols].fillna(0)
test[cols] = test[cols].fillna(0)

gbr = GradientBoostingRegressor(n_estimators=400, max_depth=4, learning_rate=0.05, subsample=0.8,
                                random_state=21)
gbr.fit(train[cols], train["delay_min"])
pred = gbr.predict(test[cols])

print("MAE:", round(mean_absolute_error(test["delay_min"], pred), 3))
print("R^2:", round(r2_score(test["delay_min"], pred), 3))

for c, imp in sorted(zip(cols, gbr.feature_importances_), key=lambda t: t[1], reverse=True):
    print(f"{c:24s}{imp:.3f}")

conn.close()
