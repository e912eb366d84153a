import datetime as dt

import polars as pl
from sklearn.decomposition import PCA
from sklearn.dummy import DummyRegressor
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error, r2_score
from sklearn.preprocessing import OneHotEncoder, StandardScaler

TARGET = "delay_min"
NUM = ["distance_km", "n_items", "prep_time_min", "courier_prev_km", "courier_prev_items", "hour"]
CAT = ["zone", "weather", "vehicle_type"]

orders = (
    pl.scan_csv("train.csv", try_parse_dates=True)
    .sort("courier_id", "order_time")
    .with_columns(
        pl.col("distance_km").shift(1).rolling_mean(window_size=5, min_periods=1).over("courier_id").alias("courier_prev_km"),
        pl.col("n_items").shift(1).rolling_mean(window_size=5, min_periods=1).over("courier_id").alias("courier_prev_items"),
        pl.col("order_time").dt.hour().alias("hour"),
    )
    .with_columns(pl.col("courier_prev_km", "courier_prev_items").fill_null(0.0))
    .collect()
)

# --- preprocessing -----------------------------------------------------------
scaler = StandardScaler().set_output(transform="polars")
num_scaled = scaler.fit_transform(orders.select(NUM))

ohe = OneHotEncoder(handle_unknown="ignore", sparse_output=False).set_output(transform="polars")
cat_encoded = ohe.fit_transform(orders.select(CAT))

pca = PCA(n_components=6, random_state=0).set_output(transform="polars")
components = pca.fit_transform(pl.concat([num_scaled, cat_encoded], how="horizontal"))
print("explained variance:", pca.explained_variance_ratio_.round(3))

design = pl.concat(
    [orders.select("order_id", "courier_id", "order_time", TARGET), components], how="horizontal"
)

# --- split: past vs future, new couriers only in the future part ----------------
cut = dt.datetime(2024, 3, 1)
train = design.filter(pl.col("order_time") < cut)
test = design.filter(pl.col("order_time") >= cut).join(
    train.select("courier_id").unique(), on="courier_id", how="anti"
)

pc_cols = components.columns
X_tr, y_tr = train.select(pc_cols).to_numpy(), train[TARGET].to_numpy()
X_te, y_te = test.select(pc_cols).to_numpy(), test[TARGET].to_numpy()

ridge = Ridge(alpha=1.0).fit(X_tr, y_tr)
dummy = DummyRegressor(strategy="mean").fit(X_tr, y_tr)

for label, est in (("dummy", dummy), ("ridge on PCs", ridge)):
    pred = est.predict(X_te)
    print(f"{label:14s} MAE={mean_absolute_error(y_te, pred):6.2f} R2={r2_score(y_te, pred):6.3f}")
