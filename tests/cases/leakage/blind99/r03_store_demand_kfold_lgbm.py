"""Weekly demand model - LightGBM with 5-fold CV.

Run: python r03_store_demand_kfold_lgbm.py  (expects train.csv / test.csv next to it)
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import KFold
from sklearn.metrics import mean_squared_error, mean_absolute_error

TARGET = "weekly_units"
SEED = 7


def load():
    train = pd.read_csv("train.csv", parse_dates=["week_start", "store_open_date"])
    test = pd.read_csv("test.csv", parse_dates=["week_start", "store_open_date"])
    return train, test


def make_features(df):
    df = df.sort_values(["store_id", "week_start"]).copy()
    df["woy"] = df["week_start"].dt.isocalendar().week.astype(int)
    df["month"] = df["week_start"].dt.month
    df["year"] = df["week_start"].dt.year
    df["weeks_open"] = (df["week_start"] - df["store_open_date"]).dt.days // 7
    df["price_lag1"] = df.groupby("store_id")["price"].shift(1)
    df["price_ratio"] = df["price"] / df["price_lag1"]
    df["promo_lag1"] = df.groupby("store_id")["promo_flag"].shift(1)
    df = pd.get_dummies(df, columns=["region"], prefix="region")
    return df


def main():
    train, test = load()
    train = make_features(train)
    test = make_features(test)

    exclude = {"row_id", "store_id", "week_start", "store_open_date", TARGET,
               "week_revenue", "units_returned"}
    feats = [c for c in train.columns if c not in exclude]
    for c in feats:
        if c not in test.columns:
            test[c] = 0

    X = train[feats].reset_index(drop=True)
    y = train[TARGET].reset_index(drop=True)

    params = dict(n_estimators=800, learning_rate=0.03, num_leaves=63,
                  subsample=0.8, subsample_freq=1, colsample_bytree=0.8,
                  random_state=SEED, verbose=-1)

    kf = KFold(n_splits=5, shuffle=True, random_state=SEED)
    rmses, maes = [], []
    oof = np.zeros(len(X))
    for fold, (tr_idx, va_idx) in enumerate(kf.split(X)):
        m = lgb.LGBMRegressor(**params)
        m.fit(X.iloc[tr_idx], y.iloc[tr_idx])
        p = m.predict(X.iloc[va_idx])
        oof[va_idx] = p
        rmses.append(mean_squared_error(y.iloc[va_idx], p) ** 0.5)
        maes.append(mean_absolute_error(y.iloc[va_idx], p))
        print(f"fold {fold}: rmse={rmses[-1]:.2f} mae={maes[-1]:.2f}")

    print(f"CV RMSE {np.mean(rmses):.2f} +/- {np.std(rmses):.2f}")
    print(f"CV MAE  {np.mean(maes):.2f}")

    model = lgb.LGBMRegressor(**params).fit(X, y)
    imp = pd.Series(model.feature_importances_, index=feats).sort_values(ascending=False)
    print(imp.head(15))

    pred = np.clip(model.predict(test[feats]), 0, None)
    pd.DataFrame({"row_id": test["row_id"], "prediction": pred}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
