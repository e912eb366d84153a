"""Demand take-home.

Store/sku sales levels are strong predictors, but they are averages of the
target: inside validation they are computed from the training weeks of each
fold only, then mapped onto the later weeks.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import TimeSeriesSplit

TARGET = "units_sold"
BASE_FEATURES = ["price", "promo", "holiday", "temperature", "week_of_year"]
LEVEL_KEYS = {"lvl_store_sku": ["store", "sku"], "lvl_sku": ["sku"], "lvl_store": ["store"]}


def calendar(df):
    df = df.copy()
    df["week_of_year"] = df["week"].dt.isocalendar().week.astype(int)
    df["temperature"] = df["temperature"].fillna(15.0)
    return df


def fit_levels(history):
    global_mean = history[TARGET].mean()
    tables = {name: history.groupby(keys)[TARGET].mean().rename(name) for name, keys in LEVEL_KEYS.items()}
    return tables, global_mean


def apply_levels(df, tables, global_mean):
    out = df.copy()
    for name, keys in LEVEL_KEYS.items():
        out = out.join(tables[name], on=keys)
        out[name] = out[name].fillna(global_mean)
    return out


FEATURES = BASE_FEATURES + list(LEVEL_KEYS)


def make_model():
    return GradientBoostingRegressor(n_estimators=400, max_depth=4, learning_rate=0.05,
                                     subsample=0.8, loss="huber", random_state=0)


def main():
    df = calendar(pd.read_csv("train.csv", parse_dates=["week"]))
    test = calendar(pd.read_csv("test.csv", parse_dates=["week"]))
    print(df.shape, df["week"].nunique(), "weeks")
    print(df.groupby(["promo", "holiday"])[TARGET].mean().unstack())

    weeks = np.sort(df["week"].unique())
    scores = []
    for fold, (tr_w, va_w) in enumerate(TimeSeriesSplit(n_splits=4, test_size=6).split(weeks)):
        tr = df[df["week"].isin(weeks[tr_w])]
        va = df[df["week"].isin(weeks[va_w])]
        tables, gm = fit_levels(tr)
        tr_f = apply_levels(tr, tables, gm)
        va_f = apply_levels(va, tables, gm)
        model = make_model().fit(tr_f[FEATURES], tr_f[TARGET])
        mae = mean_absolute_error(va_f[TARGET], model.predict(va_f[FEATURES]))
        scores.append(mae)
        print(f"fold {fold}: train up to {weeks[tr_w][-1]}, "
              f"valid {weeks[va_w][0]}..{weeks[va_w][-1]}  MAE {mae:.3f}")
    print("mean MAE", round(float(np.mean(scores)), 3))

    tables, gm = fit_levels(df)
    full = apply_levels(df, tables, gm)
    model = make_model().fit(full[FEATURES], full[TARGET])
    test_f = apply_levels(test, tables, gm)
    pred = np.clip(model.predict(test_f[FEATURES]), 0, None)
    pd.DataFrame({"row_id": test["row_id"], "prediction": pred}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
