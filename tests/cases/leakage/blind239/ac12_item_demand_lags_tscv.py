"""
Store Item Demand Forecasting (Kaggle) - one store/item series.
Lag + calendar features, LightGBM, expanding-window time-series CV vs a seasonal naive baseline.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
import matplotlib.pyplot as plt
from sklearn.model_selection import TimeSeriesSplit
from sklearn.metrics import mean_absolute_error

STORE, ITEM = 1, 1
LAGS = [1, 2, 3, 7, 14, 28, 364]

raw = pd.read_csv("train.csv", parse_dates=["date"])
s = raw[(raw["store"] == STORE) & (raw["item"] == ITEM)].copy()
s = s.sort_values("date").reset_index(drop=True)
print(s["date"].min(), "->", s["date"].max(), len(s), "days")


def add_calendar(frame):
    frame["dow"] = frame["date"].dt.dayofweek
    frame["month"] = frame["date"].dt.month
    frame["year"] = frame["date"].dt.year
    frame["dom"] = frame["date"].dt.day
    frame["weekofyear"] = frame["date"].dt.isocalendar().week.astype(int)
    frame["is_weekend"] = (frame["dow"] >= 5).astype(int)
    return frame


def add_lags(frame, col="sales"):
    for L in LAGS:
        frame[f"lag_{L}"] = frame[col].shift(L)
    past = frame[col].shift(1)
    frame["roll_mean_7"] = past.rolling(7).mean()
    frame["roll_mean_28"] = past.rolling(28).mean()
    frame["roll_std_28"] = past.rolling(28).std()
    frame["ewm_14"] = past.ewm(span=14).mean()
    return frame


s = add_calendar(s)
s = add_lags(s)
s = s.dropna().reset_index(drop=True)
print("rows with full lag history:", len(s))

features = [c for c in s.columns if c not in ("date", "store", "item", "sales")]
X = s[features]
y = s["sales"]

params = dict(
    n_estimators=1500,
    learning_rate=0.02,
    num_leaves=31,
    min_child_samples=20,
    subsample=0.8,
    subsample_freq=1,
    colsample_bytree=0.8,
    objective="regression_l1",
    verbose=-1,
)


def smape(a, f):
    a, f = np.asarray(a, float), np.asarray(f, float)
    return 100 * np.mean(2 * np.abs(f - a) / (np.abs(a) + np.abs(f) + 1e-9))


# each fold trains on everything before a 90-day window and predicts that window
tscv = TimeSeriesSplit(n_splits=5, test_size=90)
fold_rows = []
last_fold = None
for fold, (tr_idx, va_idx) in enumerate(tscv.split(X)):
    model = lgb.LGBMRegressor(**params, random_state=fold)
    model.fit(X.iloc[tr_idx], y.iloc[tr_idx])
    pred = model.predict(X.iloc[va_idx])
    naive = X["lag_7"].iloc[va_idx]  # baseline: same weekday last week
    fold_rows.append({
        "fold": fold,
        "train_end": s["date"].iloc[tr_idx[-1]].date(),
        "valid_start": s["date"].iloc[va_idx[0]].date(),
        "mae_lgb": mean_absolute_error(y.iloc[va_idx], pred),
        "mae_naive_baseline": mean_absolute_error(y.iloc[va_idx], naive),
        "smape_lgb": smape(y.iloc[va_idx], pred),
        "smape_naive_baseline": smape(y.iloc[va_idx], naive),
    })
    last_fold = (va_idx, pred)
    print(fold_rows[-1])

folds = pd.DataFrame(fold_rows)
print(folds[["mae_lgb", "mae_naive_baseline", "smape_lgb", "smape_naive_baseline"]].mean().round(3))

va_idx, pred = last_fold
plt.figure(figsize=(12, 4))
plt.plot(s["date"].iloc[va_idx], y.iloc[va_idx], label="actual")
plt.plot(s["date"].iloc[va_idx], pred, label="lgb")
plt.plot(s["date"].iloc[va_idx], X["lag_7"].iloc[va_idx], label="seasonal naive baseline", alpha=0.6)
plt.legend()
plt.title(f"store {STORE} item {ITEM} - last CV window")
plt.tight_layout()
plt.savefig("last_window.png")

# CV done; refit on the whole history for next-day forecasting in production
final_model = lgb.LGBMRegressor(**params, random_state=0)
final_model.fit(X, y)
imp = pd.Series(final_model.feature_importances_, index=features).sort_values(ascending=False)
print(imp.head(10))
