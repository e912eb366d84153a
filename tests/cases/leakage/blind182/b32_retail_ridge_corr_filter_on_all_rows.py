#!/usr/bin/env python3
"""Linear demand model (ridge) on one-hot store / item / calendar features.

There are many sparse one-hot columns, so only the columns whose absolute
correlation with units_sold exceeds a threshold are kept.
"""
import argparse

import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def parse_args():
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", default="train.csv")
    ap.add_argument("--test", default="test.csv")
    ap.add_argument("--holdout-weeks", type=int, default=10)
    ap.add_argument("--min-corr", type=float, default=0.02)
    ap.add_argument("--alpha", type=float, default=3.0)
    return ap.parse_args()


def design(frame: pd.DataFrame) -> pd.DataFrame:
    wk = pd.to_datetime(frame["week"])
    woy = wk.dt.isocalendar().week.astype(int)
    X = pd.DataFrame(index=frame.index)
    X["price"] = frame["price"]
    X["log_price"] = np.log1p(frame["price"])
    X["promo"] = frame["promo"]
    X["promo_x_log_price"] = X["promo"] * X["log_price"]
    X["woy_sin"] = np.sin(2 * np.pi * woy / 52.0)
    X["woy_cos"] = np.cos(2 * np.pi * woy / 52.0)
    X = X.join(pd.get_dummies(wk.dt.month, prefix="m", dtype=float))
    X = X.join(pd.get_dummies(frame["store_id"], prefix="s", dtype=float))
    X = X.join(pd.get_dummies(frame["item_id"], prefix="i", dtype=float))
    X = X.join(pd.get_dummies(frame["store_id"].astype(str) + "_" + frame["promo"].astype(str),
                              prefix="sp", dtype=float))
    return X


def corr_filter(X, y, min_corr):
    corr = X.corrwith(y).abs().fillna(0.0)
    return corr[corr >= min_corr].index.tolist()


def main():
    args = parse_args()
    df = pd.read_csv(args.train)
    new = pd.read_csv(args.test)
    df["week"] = pd.to_datetime(df["week"])
    X_all = design(df)
    y_all = df["units_sold"].astype(float)

    keep = corr_filter(X_all, y_all, args.min_corr)
    print(f"{len(keep)} of {X_all.shape[1]} columns kept")

    last = np.sort(df["week"].unique())[-args.holdout_weeks:]
    in_hold = df["week"].isin(last).values
    X_fit, y_fit = X_all[~in_hold], y_all[~in_hold]
    X_hold, y_hold = X_all[in_hold], y_all[in_hold]

    model = make_pipeline(StandardScaler(), Ridge(alpha=args.alpha))
    model.fit(X_fit[keep], y_fit)
    mae = mean_absolute_error(y_hold, np.clip(model.predict(X_hold[keep]), 0, None))

    base = DummyRegressor(strategy="mean").fit(X_fit[keep], y_fit)
    mae_base = mean_absolute_error(y_hold, base.predict(X_hold[keep]))
    print(f"holdout MAE ridge={mae:.3f}  baseline(mean)={mae_base:.3f}")

    keep_final = keep
    model.fit(X_all[keep_final], y_all)
    X_new = design(new).reindex(columns=X_all.columns, fill_value=0.0)
    new["prediction"] = np.clip(model.predict(X_new[keep_final]), 0, None)
    new[["store_id", "item_id", "week", "prediction"]].to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
