"""M5-style evaluation of a LightGBM Tweedie model at several aggregation levels.

The model only sees features lagged by >= 28 days. WRMSSE is written by hand:
series weights = dollar sales share, scale = mean squared one-step naive error.
For the metric I take the weights over the whole available period (history plus the
28 evaluation days) so that series launched recently are not given zero weight.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb

H = 28
LEVELS = {
    "total": [],
    "state": ["state_id"],
    "store": ["store_id"],
    "cat": ["cat_id"],
    "dept": ["dept_id"],
    "item_store": ["item_id", "store_id"],
}

df = pd.read_csv("train.csv", parse_dates=["date"])
df = df.sort_values(["item_id", "store_id", "date"]).reset_index(drop=True)
g = df.groupby(["item_id", "store_id"])["sales"]
for k in (28, 35, 42):
    df[f"lag_{k}"] = g.shift(k)
df["rm_28"] = g.transform(lambda s: s.shift(28).rolling(28).mean())
df["rm_7"] = g.transform(lambda s: s.shift(28).rolling(7).mean())
df["dow"] = df["date"].dt.dayofweek
df["month"] = df["date"].dt.month
cats = ["item_id", "dept_id", "cat_id", "store_id", "state_id"]
for c in cats:
    df[c] = df[c].astype("category")
feats = cats + ["dow", "month", "sell_price", "lag_28", "lag_35", "lag_42", "rm_28", "rm_7"]

cut = df["date"].max() - pd.Timedelta(days=H)
hist = df[df["date"] <= cut]
evalw = df[df["date"] > cut].copy()
fit_rows = hist.dropna(subset=["lag_42"])

booster = lgb.train(
    {"objective": "tweedie", "tweedie_variance_power": 1.1, "learning_rate": 0.05,
     "num_leaves": 127, "min_data_in_leaf": 100, "verbose": -1},
    lgb.Dataset(fit_rows[feats], fit_rows["sales"]),
    num_boost_round=700,
)
evalw["lgb"] = booster.predict(evalw[feats])
evalw["snaive"] = evalw["lag_28"].astype(float).fillna(0)
evalw["dollars"] = evalw["sales"] * evalw["sell_price"]
hist = hist.assign(dollars=hist["sales"] * hist["sell_price"])


def level_frame(frame, keys, cols):
    if not keys:
        return frame.groupby("date")[cols].sum().assign(key="total").reset_index()
    out = frame.groupby(keys + ["date"], observed=True)[cols].sum().reset_index()
    out["key"] = out[keys].astype(str).agg("_".join, axis=1)
    return out


def wrmsse_level(keys, model_col):
    h = level_frame(hist, keys, ["sales", "dollars"])
    e = level_frame(evalw, keys, ["sales", "dollars", model_col])
    scale = h.sort_values("date").groupby("key")["sales"].apply(lambda s: np.mean(np.diff(s.values) ** 2))
    dollars = pd.concat([h[["key", "dollars"]], e[["key", "dollars"]]]).groupby("key")["dollars"].sum()
    w = dollars / dollars.sum()
    mse = ((e["sales"] - e[model_col]) ** 2).groupby(e["key"]).mean()
    rmsse = np.sqrt(mse / scale.replace(0, np.nan))
    return float((rmsse * w).sum())


rows = []
for name, keys in LEVELS.items():
    rows.append({"level": name,
                 "lightgbm": wrmsse_level(keys, "lgb"),
                 "seasonal_naive": wrmsse_level(keys, "snaive")})
res = pd.DataFrame(rows).set_index("level")
res.loc["WRMSSE"] = res.mean()
print(res.round(4))
