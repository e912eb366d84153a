"""LightGBM Tweedie for daily item-store sales, 5-fold CV for a stable error estimate."""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import KFold

df = pd.read_csv("train.csv", parse_dates=["date"])
cal = pd.read_csv("calendar.csv", parse_dates=["date"])
df = df.merge(cal[["date", "event_name_1", "event_type_1", "snap_CA", "snap_TX", "snap_WI"]],
              on="date", how="left")
df["snap"] = np.select([df["state_id"] == "CA", df["state_id"] == "TX"],
                       [df["snap_CA"], df["snap_TX"]], default=df["snap_WI"])
df = df.sort_values(["item_id", "store_id", "date"]).reset_index(drop=True)

g = df.groupby(["item_id", "store_id"])["sales"]
for lag in (28, 35, 42, 56):
    df[f"lag_{lag}"] = g.shift(lag)
df["rmean_28"] = g.transform(lambda s: s.shift(28).rolling(28).mean())
df["rmean_7"] = g.transform(lambda s: s.shift(28).rolling(7).mean())
df["zero_run"] = g.transform(lambda s: s.shift(28).eq(0).rolling(56).sum())
df["dow"] = df["date"].dt.dayofweek
df["year"] = df["date"].dt.year
df["is_event"] = df["event_name_1"].notna().astype(int)

cat_cols = ["item_id", "dept_id", "cat_id", "store_id", "state_id", "event_type_1"]
for c in cat_cols:
    df[c] = df[c].astype("category")

features = cat_cols + ["snap", "dow", "year", "is_event", "sell_price",
                       "lag_28", "lag_35", "lag_42", "lag_56", "rmean_28", "rmean_7", "zero_run"]
data = df.dropna(subset=["lag_56"]).reset_index(drop=True)
print(data.shape)

params = {
    "objective": "tweedie",
    "tweedie_variance_power": 1.1,
    "learning_rate": 0.05,
    "num_leaves": 127,
    "min_data_in_leaf": 100,
    "feature_fraction": 0.7,
    "bagging_fraction": 0.7,
    "bagging_freq": 1,
    "verbose": -1,
}

kf = KFold(n_splits=5, shuffle=True, random_state=42)
oof = np.zeros(len(data))
scores = []
for fold, (tr_idx, va_idx) in enumerate(kf.split(data)):
    tr, va = data.iloc[tr_idx], data.iloc[va_idx]
    dtr = lgb.Dataset(tr[features], tr["sales"])
    m = lgb.train(params, dtr, num_boost_round=800)
    oof[va_idx] = m.predict(va[features])
    rmse = np.sqrt(np.mean((va["sales"] - oof[va_idx]) ** 2))
    scores.append(rmse)
    print(f"fold {fold}: rmse={rmse:.4f}  n_train={len(tr)}")

print(f"CV RMSE: {np.mean(scores):.4f} +/- {np.std(scores):.4f}")
data["oof"] = oof
by_cat = data.groupby("cat_id", observed=True).apply(lambda d: np.sqrt(np.mean((d["sales"] - d["oof"]) ** 2)))
print(by_cat)
