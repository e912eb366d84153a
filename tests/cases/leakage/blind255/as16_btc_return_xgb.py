# BTC next-day return prediction with XGBoost
# data: daily OHLCV from CoinGecko/Binance export, btc_usd_daily.csv
import pandas as pd
import numpy as np
import xgboost as xgb
from sklearn.metrics import mean_absolute_error, mean_squared_error

df = pd.read_csv("data/btc_usd_daily.csv")
df["timestamp"] = pd.to_datetime(df["timestamp"])
df = df.sort_values("timestamp").reset_index(drop=True)
df = df[df["timestamp"] >= "2017-01-01"].reset_index(drop=True)
print(df.shape, df["timestamp"].min(), df["timestamp"].max())

df["ret"] = np.log(df["close"] / df["close"].shift(1))

# features -- everything uses info up to and including today
for l in [1, 2, 3, 7, 14]:
    df[f"ret_{l}"] = df["ret"].shift(l - 1)
df["vol_7"] = df["ret"].rolling(7).std()
df["vol_30"] = df["ret"].rolling(30).std()
df["volume_z"] = (df["volume"] - df["volume"].rolling(30).mean()) / df["volume"].rolling(30).std()
df["hl_range"] = np.log(df["high"] / df["low"])
df["dow"] = df["timestamp"].dt.dayofweek

# target = tomorrow's log return
df["y"] = df["ret"].shift(-1)
df = df.dropna().reset_index(drop=True)

FEATS = ["ret_1", "ret_2", "ret_3", "ret_7", "ret_14", "vol_7", "vol_30", "volume_z", "hl_range", "dow"]

# chronological: train | valid (early stopping) | test (last ~year, touched once)
n_test, n_valid = 365, 180
train = df.iloc[:-(n_test + n_valid)]
valid = df.iloc[-(n_test + n_valid):-n_test]
test = df.iloc[-n_test:]
X_train, y_train = train[FEATS], train["y"]
X_valid, y_valid = valid[FEATS], valid["y"]
X_test, y_test = test[FEATS], test["y"]

model = xgb.XGBRegressor(
    n_estimators=2000,
    learning_rate=0.01,
    max_depth=3,
    subsample=0.8,
    colsample_bytree=0.8,
    early_stopping_rounds=50,
)
model.fit(X_train, y_train, eval_set=[(X_train, y_train), (X_valid, y_valid)], verbose=100)
print("best iteration:", model.best_iteration)

pred = model.predict(X_test)
mae = mean_absolute_error(y_test, pred)
rmse = np.sqrt(mean_squared_error(y_test, pred))
hit = np.mean(np.sign(pred) == np.sign(y_test))
print(f"XGB   MAE={mae:.5f} RMSE={rmse:.5f} direction hit rate={hit:.3f}")

# baseline = predict zero return every day (random walk)
zero = np.zeros(len(y_test))
print(f"baseline (zero) MAE={mean_absolute_error(y_test, zero):.5f} "
      f"RMSE={np.sqrt(mean_squared_error(y_test, zero)):.5f}")
print("baseline (always up) hit rate:", np.mean(y_test > 0).round(3))

imp = pd.Series(model.feature_importances_, index=FEATS).sort_values()
print(imp)
