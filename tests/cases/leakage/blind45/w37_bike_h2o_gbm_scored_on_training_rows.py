"""Bike rentals - H2O GBM (poisson) on calendar + weather features."""
import numpy as np
import pandas as pd
import h2o
from h2o.estimators import H2OGradientBoostingEstimator

TARGET = "rentals"
FEATURES = ["temp", "feels_like", "humidity", "windspeed", "weather", "holiday", "workingday",
            "season", "hour", "dow", "month", "year", "is_weekend", "daylight"]


def prep(df):
    df = df.sort_values("timestamp").reset_index(drop=True)
    ts = df["timestamp"]
    df["hour"] = ts.dt.hour
    df["dow"] = ts.dt.dayofweek
    df["month"] = ts.dt.month
    df["year"] = ts.dt.year
    df["is_weekend"] = (df["dow"] >= 5).astype(int)
    df["daylight"] = df["hour"].between(7, 19).astype(int)
    return df


def describe(df):
    print(df[[TARGET, "temp", "humidity", "windspeed"]].describe().round(2))
    print(df.groupby("hour")[TARGET].mean().round(1).to_string())


def check_submission(path, ids, id_col):
    """Basic sanity checks on the file the platform will score."""
    out = pd.read_csv(path)
    assert list(out.columns) == [id_col, "prediction"], out.columns
    assert len(out) == len(ids) and out[id_col].is_unique
    assert set(out[id_col]) == set(ids)
    assert out["prediction"].notna().all()
    print(f"{path}: {len(out)} rows, prediction range {out['prediction'].min():.3f}..{out['prediction'].max():.3f}")


def main():
    h2o.init(nthreads=-1, max_mem_size="4G")
    train_pd = prep(pd.read_csv("train.csv", parse_dates=["timestamp"]))
    test_pd = prep(pd.read_csv("test.csv", parse_dates=["timestamp"]))
    describe(train_pd)

    hf = h2o.H2OFrame(train_pd[FEATURES + [TARGET]])
    gbm = H2OGradientBoostingEstimator(ntrees=600, max_depth=7, learn_rate=0.05, distribution="poisson",
                                       sample_rate=0.8, col_sample_rate=0.8, seed=1)
    gbm.train(x=FEATURES, y=TARGET, training_frame=hf)
    perf = gbm.model_performance(train=True)

    mean_rentals = train_pd[TARGET].mean()
    base_mae = (train_pd[TARGET] - mean_rentals).abs().mean()
    print(f"baseline (mean)  MAE={base_mae:.2f}")
    print(f"GBM              MAE={perf.mae():.2f} RMSE={perf.rmse():.2f} R2={perf.r2():.3f}")
    print(gbm.varimp(use_pandas=True).head(10))

    pred = gbm.predict(h2o.H2OFrame(test_pd[FEATURES]))
    out = pd.DataFrame({"record_id": test_pd["record_id"],
                        "prediction": pred["predict"].as_data_frame()["predict"].clip(lower=0)})
    out.to_csv("predictions.csv", index=False)
    print("saved", len(out), "rows")
    check_submission("predictions.csv", test_pd["record_id"], "record_id")
    by_hour = train_pd.groupby("hour")[TARGET].agg(["mean", "std"]).round(1)
    print("demand profile by hour (for the memo):")
    print(by_hour.to_string())


if __name__ == "__main__":
    main()
