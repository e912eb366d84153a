"""Load forecast: LightGBM tuned with an expanding-window backtest on the
development period; the last 8 weeks are scored once at the very end."""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error
from sklearn.model_selection import GridSearchCV

TARGET, TIME, ID = "load_mw", "timestamp", "obs_id"
df = pd.read_csv("train.csv", parse_dates=[TIME]).sort_values(TIME).reset_index(drop=True)
sub = pd.read_csv("test.csv", parse_dates=[TIME]).sort_values(TIME).reset_index(drop=True)


def feats(d):
    out = pd.DataFrame({
        "temperature": d["temperature"].ffill(),
        "humidity": d["humidity"].ffill(),
        "wind_speed": d["wind_speed"].ffill(),
        "is_holiday": d["is_holiday"],
        "hour": d[TIME].dt.hour,
        "dow": d[TIME].dt.dayofweek,
        "doy": d[TIME].dt.dayofyear,
    })
    out["temp_prev6_mean"] = out["temperature"].shift(1).rolling(6, min_periods=1).mean()
    out["temp_change_24h"] = out["temperature"] - out["temperature"].shift(24)
    return out


X, y = feats(df), df[TARGET]
X_sub = feats(sub)

split_at = len(df) - 24 * 56
X_dev, y_dev = X.iloc[:split_at], y.iloc[:split_at]
X_te, y_te = X.iloc[split_at:], y.iloc[split_at:]


def backtest_folds(n, n_folds=4, horizon=24 * 28):
    """Expanding window inside the development period only."""
    for k in range(n_folds, 0, -1):
        cut = n - k * horizon
        yield np.arange(cut), np.arange(cut, cut + horizon)


folds = list(backtest_folds(len(X_dev)))
search = GridSearchCV(
    lgb.LGBMRegressor(subsample=0.8, subsample_freq=1, colsample_bytree=0.9, verbose=-1),
    param_grid={"num_leaves": [15, 31, 63], "learning_rate": [0.02, 0.05], "n_estimators": [300, 800]},
    scoring="neg_mean_absolute_error",
    cv=folds,
    refit=True,
)
search.fit(X_dev, y_dev)
print("chosen:", search.best_params_, "backtest MAE %.2f" % -search.best_score_)

# one look at the final window
p = search.predict(X_te)
naive = df[TARGET].shift(168).iloc[split_at:]
print("test MAE  %.2f  (weekly-naive baseline %.2f)" % (mean_absolute_error(y_te, p),
                                                        mean_absolute_error(y_te, naive)))
print("test MAPE %.3f" % mean_absolute_percentage_error(y_te, p))

final = lgb.LGBMRegressor(subsample=0.8, subsample_freq=1, colsample_bytree=0.9, verbose=-1,
                          **search.best_params_).fit(X, y)
pd.DataFrame({ID: sub[ID], "prediction": final.predict(X_sub)}).to_csv("predictions.csv", index=False)
