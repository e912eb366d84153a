"""
TFT for 48h-ahead meter load.

Pipeline
  1. hourly panel -> TimeSeriesDataSet
       train  : hours <= val_cutoff
       val    : next 48h (early stopping / checkpoint choice)
       test   : last 48h per meter, scored once at the end
  2. TemporalFusionTransformer, early stopping on val_loss, keep best checkpoint
  3. report test MAE / RMSE vs the naive Baseline
"""
from pathlib import Path

import numpy as np
import pandas as pd
import lightning.pytorch as pl
from lightning.pytorch.callbacks import EarlyStopping, LearningRateMonitor
from lightning.pytorch.loggers import CSVLogger
from pytorch_forecasting import TimeSeriesDataSet, TemporalFusionTransformer, Baseline
from pytorch_forecasting.data import GroupNormalizer
from pytorch_forecasting.metrics import QuantileLoss, MAE, RMSE

OUT = Path("artifacts")
OUT.mkdir(exist_ok=True)
H, ENC = 48, 168

pl.seed_everything(11)

# ------------------------------------------------------------------ data
df = pd.read_csv("train.csv", parse_dates=["timestamp"])
df = df.sort_values(["meter_id", "timestamp"]).reset_index(drop=True)
df["time_idx"] = ((df.timestamp - df.timestamp.min()).dt.total_seconds() // 3600).astype(int)
df["hour"] = df.timestamp.dt.hour.astype(str)
df["dow"] = df.timestamp.dt.dayofweek.astype(str)
df["is_holiday"] = df["is_holiday"].astype(int).astype(str)
df["tariff_band"] = df["tariff_band"].astype(str)
df["meter_id"] = df["meter_id"].astype(str)
df["building_type"] = df["building_type"].astype(str)
for c in ["temperature", "humidity"]:
    df[c] = df.groupby("meter_id")[c].ffill()
df = df.dropna(subset=["load_kw", "temperature", "humidity"])
df["load_kw"] = df["load_kw"].astype(float)

test_cutoff = df.time_idx.max() - H
val_cutoff = test_cutoff - H

training = TimeSeriesDataSet(
    df[df.time_idx <= val_cutoff],
    time_idx="time_idx",
    target="load_kw",
    group_ids=["meter_id"],
    max_encoder_length=ENC,
    min_encoder_length=ENC // 2,
    max_prediction_length=H,
    static_categoricals=["meter_id", "building_type"],
    time_varying_known_categoricals=["hour", "dow", "is_holiday", "tariff_band"],
    time_varying_known_reals=["time_idx", "temperature", "humidity"],
    time_varying_unknown_reals=["load_kw"],
    target_normalizer=GroupNormalizer(groups=["meter_id"], transformation="softplus"),
    add_relative_time_idx=True,
    add_target_scales=True,
    add_encoder_length=True,
    allow_missing_timesteps=True,
)
validation = TimeSeriesDataSet.from_dataset(training, df[df.time_idx <= test_cutoff], predict=True,
                                            stop_randomization=True)
test = TimeSeriesDataSet.from_dataset(training, df, predict=True, stop_randomization=True)
train_dl = training.to_dataloader(train=True, batch_size=64, num_workers=4)
val_dl = validation.to_dataloader(train=False, batch_size=256, num_workers=4)
test_dl = test.to_dataloader(train=False, batch_size=256, num_workers=4)

# ------------------------------------------------------------------ model
tft = TemporalFusionTransformer.from_dataset(
    training,
    learning_rate=1e-3,
    hidden_size=32,
    attention_head_size=4,
    dropout=0.1,
    hidden_continuous_size=16,
    loss=QuantileLoss(),
    log_interval=10,
    reduce_on_plateau_patience=3,
)
print(f"TFT parameters: {tft.size() / 1e3:.1f}k")

trainer = pl.Trainer(
    max_epochs=50,
    accelerator="auto",
    gradient_clip_val=0.1,
    limit_train_batches=100,
    callbacks=[EarlyStopping(monitor="val_loss", patience=5, min_delta=1e-4, mode="min"),
               LearningRateMonitor()],
    logger=CSVLogger(OUT),
)
trainer.fit(tft, train_dataloaders=train_dl, val_dataloaders=val_dl)

best_path = trainer.checkpoint_callback.best_model_path
best_tft = TemporalFusionTransformer.load_from_checkpoint(best_path)

# ------------------------------------------------------------------ evaluation
pred = best_tft.predict(test_dl, return_y=True, trainer_kwargs=dict(accelerator="cpu"))
base = Baseline().predict(test_dl, return_y=True)

report = pd.DataFrame({
    "TFT": [MAE()(pred.output, pred.y).item(), RMSE()(pred.output, pred.y).item()],
    "Baseline (last value)": [MAE()(base.output, base.y).item(), RMSE()(base.output, base.y).item()],
}, index=["MAE", "RMSE"]).T
print(report.round(3))
report.to_csv(OUT / "metrics.csv")
