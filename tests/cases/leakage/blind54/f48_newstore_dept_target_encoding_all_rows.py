"""New-store weekly sales by department (first 12 weeks after opening).

The test stores have no history, so department-level sales levels are the main signal:
I encode dept, dept x store type and dept x region by their average weekly sales and feed
those encodings to a gradient-boosting model together with store attributes and calendar.

Validation: train on weeks before the cut-off, score the last 12 weeks on stores that
opened after the cut-off (never seen in training), against a dept-average baseline.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

H = 12
ENC_KEYS = {"te_dept": ["dept"], "te_dept_type": ["dept", "store_type"], "te_dept_region": ["dept", "region"]}
TYPE_CODE = {"A": 0, "B": 1, "C": 2}


def base_features(df):
    df = df.copy()
    df["weeks_open"] = (df["week"] - df["open_week"]).dt.days // 7
    df["type_code"] = df["store_type"].map(TYPE_CODE)
    df["woy"] = df["week"].dt.isocalendar().week.astype(int)
    df["size_k"] = df["store_size_sqm"] / 1000.0
    return df


def add_encodings(df, source):
    for name, keys in ENC_KEYS.items():
        table = source.groupby(keys)["weekly_sales"].mean().rename(name).reset_index()
        df = df.merge(table, on=keys, how="left")
    return df


def wmae(y, p):
    return mean_absolute_error(y, p), mean_squared_error(y, p) ** 0.5


def main():
    train = base_features(pd.read_csv("train.csv", parse_dates=["week", "open_week"]))
    test = base_features(pd.read_csv("test.csv", parse_dates=["week", "open_week"]))
    print(train.shape, test.shape, "| test stores seen in train:",
          test["store_id"].isin(train["store_id"]).sum())

    # department level encodings
    train = add_encodings(train, train)

    feats = ["type_code", "size_k", "dept", "weeks_open", "woy", "holiday_flag",
             "local_unemployment"] + list(ENC_KEYS)

    cutoff = train["week"].max() - pd.Timedelta(weeks=H)
    fit_df = train[train["week"] <= cutoff]
    known_stores = set(fit_df["store_id"])
    val_df = train[(train["week"] > cutoff) & ~train["store_id"].isin(known_stores)]
    print(f"fit: {len(fit_df)} rows / {fit_df['store_id'].nunique()} stores; "
          f"validation: {len(val_df)} rows / {val_df['store_id'].nunique()} new stores")

    model = HistGradientBoostingRegressor(max_iter=600, learning_rate=0.05, max_leaf_nodes=31,
                                          l2_regularization=1.0, random_state=0)
    model.fit(fit_df[feats], fit_df["weekly_sales"])
    pred = np.clip(model.predict(val_df[feats]), 0, None)

    dept_avg = fit_df.groupby("dept")["weekly_sales"].mean()
    baseline = val_df["dept"].map(dept_avg).fillna(fit_df["weekly_sales"].mean())

    for name, p in (("dept average", baseline), ("hist GBM", pred)):
        mae, rmse = wmae(val_df["weekly_sales"], p)
        print(f"{name:<13} MAE {mae:10.1f}  RMSE {rmse:10.1f}")

    # final model on all weeks
    model.fit(train[feats], train["weekly_sales"])
    test = add_encodings(test, train)
    test["prediction"] = np.clip(model.predict(test[feats]), 0, None)
    test[["id", "prediction"]].to_csv("predictions.csv", index=False)
    print(test["prediction"].describe())


if __name__ == "__main__":
    main()
