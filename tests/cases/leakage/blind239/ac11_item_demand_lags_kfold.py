"""
Store Item Demand Forecasting (Kaggle) - one store/item series.
Lag + calendar features, LightGBM, 5-fold CV compared to a seasonal naive baseline.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
import matplotlib.pyplot as plt
from sklearn.model_selection import KFold
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
print(features)

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

kf = KFold(n_splits=5, shuffle=True, random_state=3)
fold_rows = []
oof = np.zeros(len(s))
for fold, (tr_idx, va_idx) in enumerate(kf.split(X)):
    model = lgb.LGBMRegressor(**params, random_state=fold)
    model.fit(X.iloc[tr_idx], y.iloc[tr_idx])
    pred = model.predict(X.iloc[va_idx])
    oof[va_idx] = pred
    naive = X["lag_7"].iloc[va_idx]  # baseline: same weekday last week
    fold_rows.append({
        "fold": fold,
        "mae_lgb": mean_absolute_error(y.iloc[va_idx], pred),
        "mae_naive_baseline": mean_absolute_error(y.iloc[va_idx], naive),
    })
    print(fold_rows[-1])

folds = pd.DataFrame(fold_rows)
print(folds.mean().round(3))


def smape(a, f):
    a, f = np.asarray(a, float), np.asarray(f, float)
    return 100 * np.mean(2 * np.abs(f - a) / (np.abs(a) + np.abs(f) + 1e-9))


print("OOF SMAPE lgb          :", round(smape(y, oof), 3))
print("SMAPE naive baseline   :", round(smape(y, X["lag_7"]), 3))

plt.figure(figsize=(12, 4))
plt.plot(s["date"], y, lw=0.6, label="actual")
plt.plot(s["date"], oof, lw=0.6, label="oof prediction")
plt.legend()
plt.title(f"store {STORE} item {ITEM}")
plt.tight_layout()
plt.savefig("oof_plot.png")
