"""N-BEATS (pytorch-forecasting) on weekly units per store-SKU.

Univariate on purpose: N-BEATS only takes the target history. Compared against the naive Baseline.
"""
import warnings

import numpy as np
import pandas as pd
import lightning.pytorch as pl
from lightning.pytorch.callbacks import EarlyStopping, ModelCheckpoint
from pytorch_forecasting import TimeSeriesDataSet, NBeats, Baseline
from pytorch_forecasting.metrics import MAE, SMAPE

warnings.filterwarnings("ignore")
pl.seed_everything(3)

HORIZON = 8
CONTEXT = 4 * HORIZON

sales = pd.read_csv("train.csv", parse_dates=["week_start"])
sales["series"] = sales["store_id"].astype(str) + "_" + sales["sku"].astype(str)
sales = sales.sort_values(["series", "week_start"])

# N-BEATS needs a regular grid: reindex every series to all weeks, missing weeks = 0 sales
all_weeks = pd.date_range(sales["week_start"].min(), sales["week_start"].max(), freq="W-MON")
grid = pd.MultiIndex.from_product([sales["series"].unique(), all_weeks], names=["series", "week_start"])
panel = (
    sales.set_index(["series", "week_start"])["units_sold"]
    .reindex(grid, fill_value=0.0)
    .reset_index()
)
panel["units_sold"] = panel["units_sold"].astype(float)
panel["time_idx"] = panel.groupby("series").cumcount()
print(panel.shape, panel["series"].nunique())

training_cutoff = panel["time_idx"].max() - HORIZON

training = TimeSeriesDataSet(
    panel[panel.time_idx <= training_cutoff],
    time_idx="time_idx",
    target="units_sold",
    group_ids=["series"],
    time_varying_unknown_reals=["units_sold"],
    max_encoder_length=CONTEXT,
    min_encoder_length=CONTEXT,
    max_prediction_length=HORIZON,
    min_prediction_length=HORIZON,
)
validation = TimeSeriesDataSet.from_dataset(training, panel, min_prediction_idx=training_cutoff + 1)

train_dataloader = training.to_dataloader(train=True, batch_size=128, num_workers=0)
val_dataloader = validation.to_dataloader(train=False, batch_size=512, num_workers=0)

# naive benchmark
actuals_base = Baseline().predict(val_dataloader, return_y=True)
baseline_mae = MAE()(actuals_base.output, actuals_base.y).item()

early_stop_callback = EarlyStopping(monitor="val_loss", min_delta=1e-4, patience=8, verbose=False, mode="min")
checkpoint = ModelCheckpoint(monitor="val_loss", mode="min", save_top_k=1)
trainer = pl.Trainer(
    max_epochs=60,
    accelerator="cpu",
    gradient_clip_val=0.01,
    limit_train_batches=40,
    callbacks=[early_stop_callback, checkpoint],
)

net = NBeats.from_dataset(
    training,
    learning_rate=3e-3,
    log_interval=-1,
    log_val_interval=1,
    weight_decay=1e-2,
    widths=[32, 512],
    backcast_loss_ratio=1.0,
)
trainer.fit(net, train_dataloaders=train_dataloader, val_dataloaders=val_dataloader)

best_model_path = trainer.checkpoint_callback.best_model_path
best_model = NBeats.load_from_checkpoint(best_model_path)
print("best checkpoint:", best_model_path)

predictions = best_model.predict(val_dataloader, return_y=True)
nbeats_mae = MAE()(predictions.output, predictions.y).item()
nbeats_smape = SMAPE()(predictions.output, predictions.y).item()

print(f"Baseline MAE : {baseline_mae:.3f}")
print(f"N-BEATS  MAE : {nbeats_mae:.3f}   SMAPE {nbeats_smape:.3f}")
print(f"improvement  : {100 * (1 - nbeats_mae / baseline_mae):.1f}%")
