"""
Energy take-home: 48-hour-ahead load forecast per meter with GluonTS DeepAR.

Covariates: temperature, humidity (min-max scaled to [0, 1]), holiday flag, hour-of-day / day-of-week.
Baseline: seasonal naive with a 24h season (same hour yesterday).
"""
import logging

import numpy as np
import pandas as pd
from sklearn.preprocessing import MinMaxScaler
from gluonts.dataset.pandas import PandasDataset
from gluonts.dataset.split import split
from gluonts.evaluation import Evaluator
from gluonts.model.seasonal_naive import SeasonalNaivePredictor
from gluonts.torch import DeepAREstimator
from gluonts.time_feature import hour_of_day, day_of_week

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("energy")

PRED_LEN = 48
FREQ = "h"
WEATHER = ["temperature", "humidity"]


def load_frame(path):
    df = pd.read_csv(path, parse_dates=["timestamp"])
    df = df.sort_values(["meter_id", "timestamp"]).reset_index(drop=True)
    df[WEATHER] = df.groupby("meter_id")[WEATHER].ffill()
    df["is_holiday"] = df["is_holiday"].astype("float32")
    df["load_kw"] = df["load_kw"].astype("float32")
    return df


df = load_frame("train.csv")
log.info("rows=%d meters=%d span=%s..%s", len(df), df.meter_id.nunique(), df.timestamp.min(), df.timestamp.max())

scaler = MinMaxScaler()
df[WEATHER] = scaler.fit_transform(df[WEATHER]).astype("float32")

static = df.groupby("meter_id")[["building_type"]].first().astype("category")
dataset = PandasDataset.from_long_dataframe(
    df,
    target="load_kw",
    item_id="meter_id",
    timestamp="timestamp",
    freq=FREQ,
    feat_dynamic_real=WEATHER + ["is_holiday"],
    static_features=static,
)

train_ds, test_template = split(dataset, offset=-PRED_LEN)
test_pairs = test_template.generate_instances(prediction_length=PRED_LEN, windows=1)

estimator = DeepAREstimator(
    freq=FREQ,
    prediction_length=PRED_LEN,
    context_length=7 * 24,
    num_layers=3,
    hidden_size=48,
    dropout_rate=0.1,
    num_feat_dynamic_real=3,
    num_feat_static_cat=1,
    cardinality=[static["building_type"].nunique()],
    time_features=[hour_of_day, day_of_week],
    lags_seq=[1, 2, 3, 24, 48, 168],
    lr=1e-3,
    batch_size=64,
    num_batches_per_epoch=100,
    trainer_kwargs={"max_epochs": 30},
)
predictor = estimator.train(train_ds)
snaive = SeasonalNaivePredictor(prediction_length=PRED_LEN, season_length=24)


def evaluate(pred, name):
    forecasts = list(pred.predict(test_pairs.input))
    series = []
    for inp, lab in zip(test_pairs.input, test_pairs.label):
        y = np.concatenate([inp["target"], lab["target"]])
        series.append(pd.Series(y, index=pd.period_range(inp["start"], periods=len(y), freq=FREQ)))
    agg, _ = Evaluator(quantiles=[0.1, 0.5, 0.9])(series, forecasts)
    log.info("%-22s MASE=%.3f sMAPE=%.3f wQL=%.4f RMSE=%.2f", name, agg["MASE"], agg["sMAPE"],
             agg["mean_wQuantileLoss"], agg["RMSE"])
    return agg


deepar_metrics = evaluate(predictor, "DeepAR")
baseline_metrics = evaluate(snaive, "SeasonalNaive(24)")
print(f"MASE improvement over baseline: {1 - deepar_metrics['MASE'] / baseline_metrics['MASE']:.1%}")
