import numpy as np
import pandas as pd
import lightgbm as lgb

H = 28  # test horizon in days

tr = pd.read_csv("train.csv", parse_dates=["date"])
te = pd.read_csv("test.csv", parse_dates=["date"])
full = pd.concat([tr, te], ignore_index=True).sort_values(["store_id", "date"]).reset_index(drop=True)

# ---------------------------------------------------------------- features
grp = full.groupby("store_id")
full["lag28"] = grp["units"].shift(28)
full["lag35"] = grp["units"].shift(35)
full["lag364"] = grp["units"].shift(364)
full["rm7_28"] = grp["units"].transform(lambda s: s.shift(28).rolling(7).mean())
full["rm28_28"] = grp["units"].transform(lambda s: s.shift(28).rolling(28).mean())
full["promo_prev7"] = grp["promo"].transform(lambda s: s.shift(1).rolling(7, min_periods=1).sum())
full["price_lag7"] = grp["price"].shift(7)
full["price_change"] = full["price"] / full["price_lag7"] - 1
full["rel_price"] = full["price"] / full["competitor_price"]
full["dow"] = full["date"].dt.dayofweek
full["dom"] = full["date"].dt.day
full["month"] = full["date"].dt.month
full["store_n"] = full["store_id"].str.extract(r"(\d+)", expand=False).astype(int)

X_COLS = ["store_n", "dow", "dom", "month", "price", "rel_price", "price_change", "promo", "promo_prev7",
          "display", "holiday", "temperature", "tv_grp", "radio_spend", "flyer_spend",
          "lag28", "lag35", "lag364", "rm7_28", "rm28_28"]

known = full[full["units"].notna()].dropna(subset=["lag28"])
last_day = known["date"].max()
test_start = last_day - pd.Timedelta(days=H - 1)
train_part = known[known["date"] < test_start]
test_part = known[known["date"] >= test_start]
print("train", train_part["date"].min().date(), "-", train_part["date"].max().date(), len(train_part))
print("test ", test_part["date"].min().date(), "-", test_part["date"].max().date(), len(test_part))

# ---------------------------------------------------------------- model
reg = lgb.LGBMRegressor(
    objective="tweedie",
    n_estimators=5000,
    learning_rate=0.02,
    num_leaves=127,
    min_child_samples=30,
    feature_fraction=0.8,
    bagging_fraction=0.8,
    bagging_freq=1,
    verbose=-1,
)
reg.fit(
    train_part[X_COLS],
    train_part["units"],
    eval_set=[(test_part[X_COLS], test_part["units"])],
    eval_metric="l1",
    callbacks=[lgb.early_stopping(100), lgb.log_evaluation(250)],
)
best_iter = reg.best_iteration_
print("best iteration:", best_iter)


def wape(y, p):
    return float(np.abs(np.asarray(y) - np.asarray(p)).sum() / np.asarray(y).sum())


def rmse(y, p):
    return float(np.sqrt(np.mean((np.asarray(y) - np.asarray(p)) ** 2)))


pred = np.clip(reg.predict(test_part[X_COLS], num_iteration=best_iter), 0, None)
naive = test_part["lag28"].values
seasonal = test_part["lag364"].fillna(test_part["lag28"]).values
print(f"LightGBM                   WAPE {wape(test_part['units'], pred):.4f}  RMSE {rmse(test_part['units'], pred):.3f}")
print(f"baseline lag-28            WAPE {wape(test_part['units'], naive):.4f}  RMSE {rmse(test_part['units'], naive):.3f}")
print(f"baseline same day last yr  WAPE {wape(test_part['units'], seasonal):.4f}  RMSE {rmse(test_part['units'], seasonal):.3f}")

# ---------------------------------------------------------------- submission
final = lgb.LGBMRegressor(**{**reg.get_params(), "n_estimators": int(best_iter * 1.05)})
final.fit(known[X_COLS], known["units"])
to_score = full[full["units"].isna()]
sub = pd.DataFrame({"row_id": to_score["row_id"].astype(int), "prediction": np.clip(final.predict(to_score[X_COLS]), 0, None)})
sub.sort_values("row_id").to_csv("predictions.csv", index=False)
print(sub.describe())
