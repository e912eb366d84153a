"""Store-item demand: 5 years of daily sales for 10 stores x 50 items.

Gradient boosting on lag / rolling features, log target, SMAPE like the
Kaggle leaderboard.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.model_selection import train_test_split

DATA_PATH = "data/store_item/train.csv"
LAGS = (7, 14, 28, 91, 364)
WINDOWS = (7, 28, 91)


def smape(y_true, y_pred):
    y_true = np.asarray(y_true, dtype=float)
    y_pred = np.asarray(y_pred, dtype=float)
    denom = (np.abs(y_true) + np.abs(y_pred)) / 2.0
    ratio = np.where(denom == 0, 0.0, np.abs(y_true - y_pred) / denom)
    return 100.0 * ratio.mean()


def add_calendar(frame):
    d = frame["date"].dt
    frame["dayofweek"] = d.dayofweek
    frame["month"] = d.month
    frame["year"] = d.year
    frame["dayofyear"] = d.dayofyear
    frame["weekofyear"] = d.isocalendar().week.astype(int)
    frame["is_weekend"] = (frame["dayofweek"] >= 5).astype(int)
    frame["is_month_start"] = d.is_month_start.astype(int)
    return frame


def add_history(frame):
    sales_by_series = frame.groupby(["store", "item"])["sales"]
    for lag in LAGS:
        frame[f"lag_{lag}"] = sales_by_series.shift(lag)
    for window in WINDOWS:
        frame[f"rmean_{window}"] = sales_by_series.transform(
            lambda s: s.shift(7).rolling(window, min_periods=window // 2).mean()
        )
        frame[f"rstd_{window}"] = sales_by_series.transform(
            lambda s: s.shift(7).rolling(window, min_periods=window // 2).std()
        )
    frame["ewm_a05"] = sales_by_series.transform(lambda s: s.shift(7).ewm(alpha=0.5).mean())
    return frame


df = pd.read_csv(DATA_PATH, parse_dates=["date"])
df = df.sort_values(["store", "item", "date"]).reset_index(drop=True)
print(df.shape, df["date"].min(), df["date"].max())

df = add_calendar(df)
df = add_history(df)
df = df.dropna().reset_index(drop=True)

feature_cols = [c for c in df.columns if c not in ("date", "sales")]
X = df[feature_cols]
y = np.log1p(df["sales"])

X_train, X_valid, y_train, y_valid = train_test_split(X, y, test_size=0.2, random_state=42)

model = HistGradientBoostingRegressor(
    max_iter=600,
    learning_rate=0.05,
    max_leaf_nodes=63,
    l2_regularization=1.0,
    categorical_features=[feature_cols.index("store"), feature_cols.index("item")],
    random_state=0,
)
model.fit(X_train, y_train)

pred = np.expm1(model.predict(X_valid))
truth = np.expm1(y_valid)
print(f"MAE   : {mean_absolute_error(truth, pred):.3f}")
print(f"RMSE  : {mean_squared_error(truth, pred) ** 0.5:.3f}")
print(f"SMAPE : {smape(truth, pred):.3f}")
