# Weekly units per store - expanding-origin backtest with xgboost
import json

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

task = json.load(open("task.json"))
TARGET = task["target"]
TIME = task["time_column"]
RID = task["id_column"]

hist = pd.read_csv("train.csv", parse_dates=[TIME])
future = pd.read_csv("test.csv", parse_dates=[TIME])
hist = hist.sort_values([TIME, "store_id"]).reset_index(drop=True)

print(hist[[TARGET, "prev_week_units", "end_of_week_stock", "price_index"]].corr().round(3))


def feats(frame):
    out = frame.copy()
    out["woy"] = out[TIME].dt.isocalendar().week.astype(int)
    out["month"] = out[TIME].dt.month
    out["stock_cover"] = out["end_of_week_stock"] / (out["prev_week_units"] + 1)
    out["price_drop"] = (out["price_index"] < 0.95).astype(int)
    out = pd.get_dummies(out, columns=["region"], prefix="r", dtype=int)
    return out


H = feats(hist)
F = feats(future)
COLS = [c for c in H.columns if c not in (TARGET, TIME, RID, "store_id")]
F = F.reindex(columns=COLS + [RID], fill_value=0)


def expanding_origins(t, origins):
    """For each origin date: train on t < origin, test on origin <= t < next origin."""
    t = pd.Series(t)
    bounds = list(pd.to_datetime(origins)) + [t.max() + pd.Timedelta(days=1)]
    for a, b in zip(bounds[:-1], bounds[1:]):
        yield np.flatnonzero(t < a), np.flatnonzero((t >= a) & (t < b))


origins = ["2024-03-04", "2024-05-06", "2024-07-01", "2024-09-02"]
booster_params = dict(n_estimators=600, learning_rate=0.04, max_depth=6, subsample=0.8,
                      colsample_bytree=0.8, objective="reg:squarederror", tree_method="hist")
records = []
for o, (tr, te) in zip(origins, expanding_origins(H[TIME], origins)):
    m = xgb.XGBRegressor(**booster_params).fit(H.loc[tr, COLS], H.loc[tr, TARGET])
    base = DummyRegressor(strategy="mean").fit(H.loc[tr, COLS], H.loc[tr, TARGET])
    yhat = m.predict(H.loc[te, COLS])
    records.append({
        "origin": o, "n_test": len(te),
        "mae": mean_absolute_error(H.loc[te, TARGET], yhat),
        "rmse": mean_squared_error(H.loc[te, TARGET], yhat) ** 0.5,
        "mae_baseline": mean_absolute_error(H.loc[te, TARGET], base.predict(H.loc[te, COLS])),
    })
rep = pd.DataFrame(records)
print(rep.round(2))
print("mean MAE %.2f vs baseline %.2f" % (rep.mae.mean(), rep.mae_baseline.mean()))

final = xgb.XGBRegressor(**booster_params).fit(H[COLS], H[TARGET])
imp = pd.Series(final.feature_importances_, index=COLS).sort_values(ascending=False)
print(imp.head(10))
pd.DataFrame({RID: F[RID], "prediction": final.predict(F[COLS])}).to_csv("predictions.csv", index=False)
