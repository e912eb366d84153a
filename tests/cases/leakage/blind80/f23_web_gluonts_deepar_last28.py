# Web traffic - GluonTS DeepAR (torch)
# Forecast 28 days of visits per page. Last 28 days of train.csv = test window.

import numpy as np
import pandas as pd
from gluonts.dataset.pandas import PandasDataset
from gluonts.dataset.split import split
from gluonts.evaluation import make_evaluation_predictions, Evaluator
from gluonts.model.seasonal_naive import SeasonalNaivePredictor
from gluonts.torch import DeepAREstimator
from gluonts.torch.distributions import NegativeBinomialOutput

PRED = 28

df = pd.read_csv("train.csv", parse_dates=["date"])
df["visits"] = df["visits"].fillna(0).clip(lower=0).astype("float32")
df["campaign_active"] = df["campaign_active"].fillna(0).astype("float32")
df["is_weekend"] = df["is_weekend"].astype("float32")
df = df.sort_values(["page_id", "date"])

static = (
    df.groupby("page_id")[["project", "access", "agent"]].first().astype("category")
)

ds = PandasDataset.from_long_dataframe(
    df,
    item_id="page_id",
    timestamp="date",
    target="visits",
    freq="D",
    feat_dynamic_real=["campaign_active", "is_weekend"],
    static_features=static,
)

train_ds, test_gen = split(ds, offset=-PRED)
test_data = test_gen.generate_instances(prediction_length=PRED, windows=1)

estimator = DeepAREstimator(
    freq="D",
    prediction_length=PRED,
    context_length=2 * PRED,
    num_layers=2,
    hidden_size=64,
    num_feat_dynamic_real=2,
    num_feat_static_cat=3,
    cardinality=[static[c].nunique() for c in ["project", "access", "agent"]],
    distr_output=NegativeBinomialOutput(),
    scaling=True,
    batch_size=128,
    num_batches_per_epoch=200,
    trainer_kwargs={"max_epochs": 30, "accelerator": "auto", "enable_progress_bar": True},
)

# validation data -> the trainer keeps the checkpoint with the lowest val loss
predictor = estimator.train(training_data=train_ds, validation_data=ds)

evaluator = Evaluator(quantiles=[0.1, 0.5, 0.9], num_workers=0)

deepar_fc = list(predictor.predict(test_data.input, num_samples=100))
snaive = SeasonalNaivePredictor(prediction_length=PRED, season_length=7)
snaive_fc = list(snaive.predict(test_data.input))

truth = []
for inp, lab in zip(test_data.input, test_data.label):
    full = np.concatenate([inp["target"], lab["target"]])
    truth.append(pd.Series(full, index=pd.period_range(inp["start"], periods=len(full), freq="D")))

rows = {}
for name, fc in [("DeepAR", deepar_fc), ("SeasonalNaive(7) baseline", snaive_fc)]:
    agg, _ = evaluator(iter(truth), iter(fc), num_series=len(truth))
    rows[name] = {"sMAPE": agg["sMAPE"], "MASE": agg["MASE"], "wQL": agg["mean_wQuantileLoss"], "RMSE": agg["RMSE"]}

print(pd.DataFrame(rows).T.round(4))
