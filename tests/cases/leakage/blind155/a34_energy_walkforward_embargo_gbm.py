"""Hourly grid load - walk-forward validation with an embargo.

Every fold trains on all hours before (test_start - embargo) and tests on the
next 14 days. The 72 h embargo keeps the 72 h temperature window features of
the first test hours out of the training rows.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, r2_score

TARGET, TIME, ID = "load_mw", "timestamp", "obs_id"
train = pd.read_csv("train.csv", parse_dates=[TIME]).sort_values(TIME).reset_index(drop=True)
test = pd.read_csv("test.csv", parse_dates=[TIME]).sort_values(TIME).reset_index(drop=True)

print(train[TIME].min(), "->", train[TIME].max(), len(train))
print(train[TARGET].describe())


def make_features(d):
    f = pd.DataFrame(index=d.index)
    temp = d["temperature"].ffill()
    f["temp"] = temp
    f["temp_max_prev72"] = temp.shift(1).rolling(72, min_periods=24).max()
    f["temp_min_prev72"] = temp.shift(1).rolling(72, min_periods=24).min()
    f["humidity"] = d["humidity"].ffill()
    f["wind"] = d["wind_speed"].ffill()
    f["holiday"] = d["is_holiday"]
    f["hour"] = d[TIME].dt.hour
    f["dow"] = d[TIME].dt.dayofweek
    f["week"] = d[TIME].dt.isocalendar().week.astype(int)
    f["is_weekend"] = (f["dow"] >= 5).astype(int)
    return f


X = make_features(train)
y = train[TARGET].to_numpy()
X_test = make_features(test)


def walk_forward(n, n_splits=10, test_size=24 * 14, embargo=72):
    first_test = n - n_splits * test_size
    for k in range(n_splits):
        t0 = first_test + k * test_size
        yield np.arange(0, t0 - embargo), np.arange(t0, t0 + test_size)


hgb_params = dict(max_iter=600, learning_rate=0.04, max_leaf_nodes=48, min_samples_leaf=40,
                  l2_regularization=0.5, random_state=0)
maes, r2s = [], []
for k, (tr, te) in enumerate(walk_forward(len(X))):
    m = HistGradientBoostingRegressor(**hgb_params).fit(X.iloc[tr], y[tr])
    p = m.predict(X.iloc[te])
    maes.append(mean_absolute_error(y[te], p))
    r2s.append(r2_score(y[te], p))
    print(f"fold {k}: {train[TIME].iloc[te[0]]:%Y-%m-%d}  MAE {maes[-1]:.1f}  R2 {r2s[-1]:.3f}")

print("walk-forward MAE %.2f +- %.2f, R2 %.3f" % (np.mean(maes), np.std(maes), np.mean(r2s)))

model = HistGradientBoostingRegressor(**hgb_params).fit(X, y)
pd.DataFrame({ID: test[ID], "prediction": model.predict(X_test)}).to_csv("predictions.csv", index=False)
