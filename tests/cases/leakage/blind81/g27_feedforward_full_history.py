"""Regional demand with GluonTS SimpleFeedForward.

The network is trained on every region's complete history; make_evaluation_predictions
then forecasts the final 24 hours of each series and the Evaluator reports the accuracy.
"""
import pandas as pd
from gluonts.dataset.pandas import PandasDataset
from gluonts.evaluation import Evaluator, make_evaluation_predictions
from gluonts.torch import SimpleFeedForwardEstimator

PRED_LEN = 24

df = pd.read_csv("train.csv", parse_dates=["timestamp"])
test = pd.read_csv("test.csv", parse_dates=["timestamp"])
df = df.sort_values(["region", "timestamp"])

dataset = PandasDataset.from_long_dataframe(
    df[["region", "timestamp", "demand_mw"]],
    target="demand_mw",
    item_id="region",
    timestamp="timestamp",
    freq="h",
)

estimator = SimpleFeedForwardEstimator(
    prediction_length=PRED_LEN,
    context_length=7 * 24,
    hidden_dimensions=[128, 64],
    batch_size=64,
    num_batches_per_epoch=200,
    trainer_kwargs={"max_epochs": 40, "accelerator": "auto"},
)
predictor = estimator.train(dataset)

forecast_it, ts_it = make_evaluation_predictions(
    dataset=dataset,
    predictor=predictor,
    num_samples=200,
)
forecasts = list(forecast_it)
tss = list(ts_it)

evaluator = Evaluator(quantiles=[0.1, 0.5, 0.9])
agg_metrics, item_metrics = evaluator(tss, forecasts)
for key in ["MAPE", "sMAPE", "ND", "RMSE", "mean_wQuantileLoss", "Coverage[0.1]", "Coverage[0.9]"]:
    print(f"{key:20s} {agg_metrics[key]:.4f}")
print(item_metrics[["item_id", "MAPE", "ND"]].sort_values("MAPE"))

# forecasts for the submission horizon, rolled forward day by day with the median
horizon = test["timestamp"].nunique()
hist = df[["region", "timestamp", "demand_mw"]].copy()
rows = []
for day in range(int(horizon // PRED_LEN)):
    ds = PandasDataset.from_long_dataframe(hist, target="demand_mw", item_id="region",
                                           timestamp="timestamp", freq="h")
    for fc in predictor.predict(ds):
        idx = pd.date_range(fc.start_date.to_timestamp(), periods=PRED_LEN, freq="h")
        block = pd.DataFrame({"region": fc.item_id, "timestamp": idx, "demand_mw": fc.quantile(0.5)})
        rows.append(block)
        hist = pd.concat([hist, block], ignore_index=True)
pred = pd.concat(rows).rename(columns={"demand_mw": "prediction"})
sub = test[["timestamp", "region"]].merge(pred, on=["timestamp", "region"], how="left")
sub.to_csv("predictions.csv", index=False)
print(sub.head())
