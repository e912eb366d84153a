# -*- coding: utf-8 -*-
"""
GluonTS DeepAR for the weekly store/SKU panel.

Data notes
- ~4% of (series, week) rows are missing (store closed / stock-out, per the brief);
  I reindex to a full weekly grid and fill the gaps in units_sold so DeepAR sees continuous series.
- price / discount / promo are known ahead of time -> feat_dynamic_real
- category / store_type -> static categoricals
"""
import numpy as np
import pandas as pd
from gluonts.dataset.pandas import PandasDataset
from gluonts.dataset.split import split
from gluonts.evaluation import Evaluator
from gluonts.model.seasonal_naive import SeasonalNaivePredictor
from gluonts.torch import DeepAREstimator

PRED_LEN = 8
FREQ = "W-MON"

raw = pd.read_csv("train.csv", parse_dates=["week_start"])
raw["item_id"] = raw["store_id"].astype(str) + "_" + raw["sku"].astype(str)

# ---------------------------------------------------------------- full weekly grid
last_week = raw.week_start.max()
frames = []
for item, g in raw.groupby("item_id"):
    meta = g.iloc[0]
    weeks = pd.date_range(g.week_start.min(), last_week, freq=FREQ)
    g = g.set_index("week_start").reindex(weeks)
    g["item_id"] = item
    for col in ["store_id", "sku", "category", "store_type"]:
        g[col] = meta[col]
    g["units_sold"] = g["units_sold"].interpolate().bfill()
    g["price"] = g["price"].ffill()
    g["discount_pct"] = g["discount_pct"].fillna(0.0)
    g["on_promo"] = g["on_promo"].fillna(0).astype(float)
    frames.append(g.rename_axis("week_start").reset_index())
panel = pd.concat(frames, ignore_index=True)
print(panel.shape, panel.item_id.nunique(), "series")

static = panel.groupby("item_id")[["category", "store_type"]].first().astype("category")

dataset = PandasDataset.from_long_dataframe(
    panel,
    target="units_sold",
    item_id="item_id",
    timestamp="week_start",
    freq=FREQ,
    feat_dynamic_real=["price", "discount_pct", "on_promo"],
    static_features=static,
)

# last 8 weeks of every series are the test window
train_ds, test_template = split(dataset, offset=-PRED_LEN)
test_pairs = test_template.generate_instances(prediction_length=PRED_LEN, windows=1)

estimator = DeepAREstimator(
    freq=FREQ,
    prediction_length=PRED_LEN,
    context_length=3 * PRED_LEN,
    num_layers=2,
    hidden_size=40,
    dropout_rate=0.1,
    num_feat_dynamic_real=3,
    num_feat_static_cat=2,
    cardinality=[static["category"].nunique(), static["store_type"].nunique()],
    lr=1e-3,
    batch_size=64,
    num_batches_per_epoch=100,
    trainer_kwargs={"max_epochs": 20, "accelerator": "cpu"},
)
predictor = estimator.train(train_ds)

baseline = SeasonalNaivePredictor(prediction_length=PRED_LEN, season_length=52)

evaluator = Evaluator(quantiles=[0.1, 0.5, 0.9])
results = {}
for name, model in [("DeepAR", predictor), ("SeasonalNaive (baseline)", baseline)]:
    forecasts = list(model.predict(test_pairs.input))
    truth = [pd.Series(lab["target"], index=pd.period_range(lab["start"], periods=len(lab["target"]), freq=FREQ))
             for lab in test_pairs.label]
    agg, _ = evaluator(truth, forecasts)
    results[name] = {k: agg[k] for k in ["MASE", "sMAPE", "mean_wQuantileLoss", "abs_error"]}

print(pd.DataFrame(results).T.round(4))
