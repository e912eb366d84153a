"""XGBoost regressor for 5-day forward crypto returns, 5-fold CV."""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.model_selection import KFold
from sklearn.metrics import mean_squared_error, r2_score
from scipy.stats import pearsonr

FEATURES = ["ret_1", "ret_3", "ret_7", "ret_14", "vol_7", "vol_30", "vol_z", "funding", "funding_chg", "oi_chg", "hl_range"]


def make_features(df):
    df = df.sort_values(["symbol", "date"]).copy()
    g = df.groupby("symbol")
    for w in (1, 3, 7, 14):
        df[f"ret_{w}"] = g["close"].pct_change(w)
    r = df["ret_1"]
    df["vol_7"] = r.groupby(df["symbol"]).transform(lambda s: s.rolling(7).std())
    df["vol_30"] = r.groupby(df["symbol"]).transform(lambda s: s.rolling(30).std())
    lv = np.log1p(df["volume"])
    df["vol_z"] = lv.groupby(df["symbol"]).transform(lambda s: (s - s.rolling(30).mean()) / s.rolling(30).std())
    df["funding"] = df["funding_rate"]
    df["funding_chg"] = g["funding_rate"].diff(3)
    df["oi_chg"] = g["open_interest"].pct_change(3)
    df["hl_range"] = (df["high"] - df["low"]) / df["close"]
    return df


def main():
    train = pd.read_csv("train.csv", parse_dates=["date"])
    test = pd.read_csv("test.csv", parse_dates=["date"])
    df = make_features(train).dropna(subset=FEATURES + ["ret_fwd_5d"]).reset_index(drop=True)
    X, y = df[FEATURES].values, df["ret_fwd_5d"].values

    params = dict(n_estimators=800, max_depth=6, learning_rate=0.03, subsample=0.8, colsample_bytree=0.7,
                  min_child_weight=20, reg_lambda=2.0, tree_method="hist")
    kf = KFold(n_splits=5, shuffle=True, random_state=42)
    oof = np.zeros(len(df))
    for k, (tr, va) in enumerate(kf.split(X)):
        model = xgb.XGBRegressor(**params)
        model.fit(X[tr], y[tr])
        oof[va] = model.predict(X[va])
        rmse = mean_squared_error(y[va], oof[va]) ** 0.5
        print(f"fold {k}: rmse={rmse:.5f} r2={r2_score(y[va], oof[va]):.4f}")

    print("OOF RMSE :", round(mean_squared_error(y, oof) ** 0.5, 5))
    print("OOF R2   :", round(r2_score(y, oof), 4))
    print("OOF corr :", round(pearsonr(y, oof)[0], 4))
    hit = np.mean(np.sign(oof) == np.sign(y))
    print("direction hit rate:", round(hit, 4))

    model = xgb.XGBRegressor(**params).fit(X, y)
    full = make_features(pd.concat([train, test], ignore_index=True))
    te = full[full["row_id"].isin(test["row_id"])]
    pd.DataFrame({"row_id": te["row_id"], "prediction": model.predict(te[FEATURES].values)}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
