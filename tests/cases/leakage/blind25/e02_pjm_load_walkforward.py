# Day-ahead hourly load forecast for the PJM East region, evaluated with a
# hand-written expanding-window walk-forward over the last six months.
import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error

load = (
    pd.read_csv("PJME_hourly.csv", parse_dates=["Datetime"])
    .drop_duplicates(subset="Datetime")
    .set_index("Datetime")
    .sort_index()
    .asfreq("h")
)
load["PJME_MW"] = load["PJME_MW"].ffill()


def make_features(frame):
    y = frame["PJME_MW"]
    feats = pd.DataFrame(index=frame.index)
    feats["hour"] = feats.index.hour
    feats["dayofweek"] = feats.index.dayofweek
    feats["month"] = feats.index.month
    feats["dayofyear"] = feats.index.dayofyear
    feats["is_weekend"] = (feats["dayofweek"] >= 5).astype(int)
    # the forecast is issued one day ahead, so every history feature starts at 24h
    feats["lag_24"] = y.shift(24)
    feats["lag_48"] = y.shift(48)
    feats["lag_168"] = y.shift(168)
    feats["roll_mean_24"] = y.shift(24).rolling(24).mean()
    feats["roll_max_168"] = y.shift(24).rolling(168).max()
    feats["roll_min_168"] = y.shift(24).rolling(168).min()
    return feats


X_all = make_features(load)
y_all = load["PJME_MW"]
mask = X_all.notna().all(axis=1)
X_all, y_all = X_all[mask], y_all[mask]

fold_starts = pd.date_range("2018-02-01", periods=6, freq="MS")
rows = []
for start in fold_starts:
    end = start + pd.offsets.MonthBegin(1)
    train_idx = X_all.index < start
    test_idx = (X_all.index >= start) & (X_all.index < end)

    gbr = GradientBoostingRegressor(n_estimators=400, max_depth=5, learning_rate=0.05, subsample=0.8, random_state=7)
    gbr.fit(X_all[train_idx], y_all[train_idx])
    pred = gbr.predict(X_all[test_idx])
    y_true = y_all[test_idx]

    seasonal_naive = X_all.loc[test_idx, "lag_168"]
    rows.append(
        {
            "month": start.strftime("%Y-%m"),
            "n_train": int(train_idx.sum()),
            "mae_gbr": mean_absolute_error(y_true, pred),
            "mape_gbr": mean_absolute_percentage_error(y_true, pred),
            "mae_baseline": mean_absolute_error(y_true, seasonal_naive),
            "mape_baseline": mean_absolute_percentage_error(y_true, seasonal_naive),
        }
    )

report = pd.DataFrame(rows).set_index("month")
print(report.round(4))
print("\nmean over folds")
print(report[["mae_gbr", "mae_baseline", "mape_gbr", "mape_baseline"]].mean().round(4))
skill = 1 - report["mae_gbr"].mean() / report["mae_baseline"].mean()
print(f"skill vs seasonal-naive baseline: {skill:.3f}")
