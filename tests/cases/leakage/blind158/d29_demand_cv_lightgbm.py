"""Store/SKU weekly demand - LightGBM with 5-fold cross-validation.

Usage: python d29_demand_cv_lightgbm.py
"""
import numpy as np
import pandas as pd
from lightgbm import LGBMRegressor
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import KFold

KEYS = ["store_id", "sku"]
TARGET = "units_sold"


def add_features(df: pd.DataFrame) -> pd.DataFrame:
    df = df.sort_values(KEYS + ["week_start"]).copy()
    grp = df.groupby(KEYS)[TARGET]
    df["lag_1"] = grp.shift(1)
    df["lag_2"] = grp.shift(2)
    df["lag_52"] = grp.shift(52)
    df["ma_4"] = grp.transform(lambda s: s.shift(1).rolling(4, min_periods=1).mean())
    df["ewm_8"] = grp.transform(lambda s: s.shift(1).ewm(span=8).mean())
    df["price"] = df.groupby(KEYS)["price"].ffill()
    df["price_change"] = df.groupby(KEYS)["price"].pct_change()
    df["week_of_year"] = df["week_start"].dt.isocalendar().week.astype(int)
    df["quarter"] = df["week_start"].dt.quarter
    df["promo_and_display"] = df["promo_flag"] * df["display_flag"]
    return df


def main():
    raw = pd.read_csv("train.csv", parse_dates=["week_start"])
    print(raw.shape, raw["week_start"].nunique(), "weeks")

    df = add_features(raw.drop(columns=["weekly_revenue"]))
    df = df.dropna(subset=["lag_1"]).sort_values("week_start").reset_index(drop=True)
    for c in ["store_id", "sku", "category"]:
        df[c] = df[c].astype("category")

    features = ["store_id", "sku", "category", "price", "price_change", "promo_flag", "display_flag",
                "promo_and_display", "holiday_week", "temperature", "store_size", "week_of_year",
                "quarter", "lag_1", "lag_2", "lag_52", "ma_4", "ewm_8"]
    X, y = df[features], df[TARGET]

    params = dict(n_estimators=700, learning_rate=0.04, num_leaves=64, min_child_samples=25,
                  subsample=0.8, subsample_freq=1, colsample_bytree=0.8, objective="poisson", verbose=-1)

    cv = KFold(n_splits=5, shuffle=True, random_state=0)
    model_mae, naive_mae = [], []
    for fold, (tr_idx, va_idx) in enumerate(cv.split(X)):
        m = LGBMRegressor(**params).fit(X.iloc[tr_idx], y.iloc[tr_idx])
        pred = m.predict(X.iloc[va_idx])
        model_mae.append(mean_absolute_error(y.iloc[va_idx], pred))
        naive_mae.append(mean_absolute_error(y.iloc[va_idx], X["lag_1"].iloc[va_idx]))
        print(f"fold {fold}: lgbm MAE {model_mae[-1]:.3f} | naive lag-1 MAE {naive_mae[-1]:.3f}")

    print(f"\nCV MAE  lgbm {np.mean(model_mae):.3f} +/- {np.std(model_mae):.3f}")
    print(f"CV MAE  naive (last week) baseline {np.mean(naive_mae):.3f}")

    # final model + forecast (lag features for the test weeks come from the history)
    final = LGBMRegressor(**params).fit(X, y)
    test = pd.read_csv("test.csv", parse_dates=["week_start"])
    both = pd.concat([raw.drop(columns=["weekly_revenue"]), test.drop(columns=["weekly_revenue"], errors="ignore")])
    both = add_features(both)
    fut = both[both["row_id"].isin(test["row_id"])].copy()
    for c in ["store_id", "sku", "category"]:
        fut[c] = pd.Categorical(fut[c], categories=df[c].cat.categories)
    pd.DataFrame({"row_id": fut["row_id"], "prediction": final.predict(fut[features]).clip(0)}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
