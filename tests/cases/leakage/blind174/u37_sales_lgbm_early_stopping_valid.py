"""Weekly sales forecast (LightGBM, early stopping).

Holdout: stores are partitioned (unique store ids) into fit / early-stopping / test stores.
Fitting only uses weeks before the cutoff; early stopping and the test score use the
other two store sets on weeks after it. The test stores are scored once, at the end.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

TARGET = "weekly_sales"
CUTOFF = "2023-07-03"
SEED = 77
LEAKY = ["promo_cost_actual"]
CATS = ["region", "store_format"]


def prepare(df: pd.DataFrame) -> pd.DataFrame:
    df = df.sort_values(["store_id", "week_start"]).copy()
    g = df.groupby("store_id")
    df["woy"] = df["week_start"].dt.isocalendar().week.astype(int)
    df["year"] = df["week_start"].dt.year
    df["price_lag1"] = g["avg_price"].shift(1)
    df["price_lag2"] = g["avg_price"].shift(2)
    df["promo_last4"] = g["promo_flag"].transform(lambda s: s.shift(1).rolling(4, min_periods=1).sum())
    df["holiday_prev"] = g["holiday_flag"].shift(1)
    df = pd.get_dummies(df, columns=CATS, dtype=int)
    return df


def store_partition(df, shares, seed=SEED):
    ids = np.sort(df["store_id"].unique())
    rng = np.random.default_rng(seed)
    rng.shuffle(ids)
    cuts = np.cumsum([int(len(ids) * s) for s in shares[:-1]])
    return np.split(ids, cuts)


def metrics(y, p):
    return {
        "mae": mean_absolute_error(y, p),
        "rmse": mean_squared_error(y, p) ** 0.5,
        "wape": float(np.abs(y - p).sum() / np.abs(y).sum()),
    }


def main():
    train = pd.read_csv("train.csv", parse_dates=["week_start"])
    test_csv = pd.read_csv("test.csv", parse_dates=["week_start"])
    both = prepare(pd.concat([train, test_csv], ignore_index=True))
    hist = both[both[TARGET].notna()]
    future = both[both[TARGET].isna()]

    feats = [c for c in hist.columns if c not in ["store_week_id", "store_id", "week_start", TARGET] + LEAKY]
    print("features:", feats)

    fit_stores, es_stores, test_stores = store_partition(hist, shares=(0.7, 0.15, 0.15))
    cutoff = pd.Timestamp(CUTOFF)
    fit = hist[hist.store_id.isin(fit_stores) & (hist.week_start < cutoff)]
    es = hist[hist.store_id.isin(es_stores) & (hist.week_start >= cutoff)]
    test = hist[hist.store_id.isin(test_stores) & (hist.week_start >= cutoff)]
    print(f"fit {fit.shape}  early-stop {es.shape}  test {test.shape}")

    dummy = DummyRegressor(strategy="mean").fit(fit[feats], fit[TARGET])
    print("baseline (mean):", {k: round(v, 4) for k, v in metrics(test[TARGET].values, dummy.predict(test[feats])).items()})

    model = lgb.LGBMRegressor(
        n_estimators=5000, learning_rate=0.02, num_leaves=63, min_child_samples=25,
        subsample=0.8, subsample_freq=1, colsample_bytree=0.8, random_state=SEED, verbose=-1,
    )
    model.fit(
        fit[feats], fit[TARGET],
        eval_set=[(es[feats], es[TARGET])],
        eval_metric="l1",
        callbacks=[lgb.early_stopping(100, verbose=False), lgb.log_evaluation(500)],
    )
    best_iter = model.best_iteration_
    p = model.predict(test[feats], num_iteration=best_iter)
    print(f"lightgbm @ {best_iter} trees:", {k: round(v, 4) for k, v in metrics(test[TARGET].values, p).items()})

    final = lgb.LGBMRegressor(**{**model.get_params(), "n_estimators": best_iter})
    final.fit(hist[feats], hist[TARGET])
    pd.DataFrame({"store_week_id": future["store_week_id"].astype(int),
                  "prediction": final.predict(future[feats]).clip(0)}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
