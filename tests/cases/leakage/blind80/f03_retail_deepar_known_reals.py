"""
Take-home: weekly units forecast per store/SKU.

Approach: DeepAR (pytorch-forecasting), probabilistic, 8 week horizon.
  - train   : weeks <= val_cutoff
  - val     : next 8 weeks (early stopping only)
  - test    : last 8 weeks of train.csv, scored once at the end
Compared against the pytorch-forecasting Baseline (repeat last observed value).
"""
import numpy as np
import pandas as pd
import torch
import lightning.pytorch as pl
from lightning.pytorch.callbacks import EarlyStopping
from pytorch_forecasting import TimeSeriesDataSet, DeepAR, Baseline
from pytorch_forecasting.data import GroupNormalizer, NaNLabelEncoder
from pytorch_forecasting.metrics import NormalDistributionLoss, MAE, RMSE

HORIZON = 8
ENCODER = 32
SEED = 7

KNOWN_REALS = ["time_idx", "price", "discount_pct", "revenue"]
KNOWN_CATS = ["on_promo", "holiday_week"]
STATIC_CATS = ["store_id", "sku", "category", "store_type"]


def load(path="train.csv"):
    df = pd.read_csv(path, parse_dates=["week_start"])
    df["series"] = df["store_id"].astype(str) + "|" + df["sku"].astype(str)
    for c in STATIC_CATS + KNOWN_CATS:
        df[c] = df[c].astype(str)
    df["units_sold"] = df["units_sold"].astype("float32")
    week0 = df["week_start"].min()
    df["time_idx"] = ((df["week_start"] - week0).dt.days // 7).astype(int)
    return df.sort_values(["series", "time_idx"]).reset_index(drop=True)


def make_datasets(df):
    last = df["time_idx"].max()
    test_cutoff = last - HORIZON
    val_cutoff = test_cutoff - HORIZON

    training = TimeSeriesDataSet(
        df[df.time_idx <= val_cutoff],
        time_idx="time_idx",
        target="units_sold",
        group_ids=["series"],
        max_encoder_length=ENCODER,
        min_encoder_length=ENCODER // 2,
        max_prediction_length=HORIZON,
        static_categoricals=STATIC_CATS,
        time_varying_known_categoricals=KNOWN_CATS,
        time_varying_known_reals=KNOWN_REALS,
        time_varying_unknown_reals=["units_sold"],
        target_normalizer=GroupNormalizer(groups=["series"], transformation="log1p"),
        categorical_encoders={"sku": NaNLabelEncoder(add_nan=True), "store_id": NaNLabelEncoder(add_nan=True)},
        allow_missing_timesteps=True,
    )
    validation = TimeSeriesDataSet.from_dataset(
        training, df[df.time_idx <= test_cutoff], predict=True, stop_randomization=True
    )
    test = TimeSeriesDataSet.from_dataset(training, df, predict=True, stop_randomization=True)
    return training, validation, test


def main():
    pl.seed_everything(SEED)
    df = load()
    print(f"{df.series.nunique()} series, weeks 0..{df.time_idx.max()}")

    training, validation, test = make_datasets(df)
    train_dl = training.to_dataloader(train=True, batch_size=64, num_workers=0)
    val_dl = validation.to_dataloader(train=False, batch_size=256, num_workers=0)
    test_dl = test.to_dataloader(train=False, batch_size=256, num_workers=0)

    model = DeepAR.from_dataset(
        training,
        learning_rate=1e-2,
        hidden_size=40,
        rnn_layers=2,
        dropout=0.1,
        loss=NormalDistributionLoss(),
        log_interval=-1,
    )

    early_stop = EarlyStopping(monitor="val_loss", min_delta=1e-4, patience=6, mode="min")
    trainer = pl.Trainer(
        max_epochs=40,
        accelerator="auto",
        gradient_clip_val=0.1,
        limit_train_batches=50,
        callbacks=[early_stop],
        logger=False,
    )
    trainer.fit(model, train_dataloaders=train_dl, val_dataloaders=val_dl)
    best = DeepAR.load_from_checkpoint(trainer.checkpoint_callback.best_model_path)

    # --- test window, scored once ---
    pred = best.predict(test_dl, return_y=True, trainer_kwargs=dict(accelerator="cpu"))
    base = Baseline().predict(test_dl, return_y=True)

    mae, rmse = MAE(), RMSE()
    print("\n== test window (last 8 weeks) ==")
    print(f"DeepAR    MAE {mae(pred.output, pred.y).item():8.3f}   RMSE {rmse(pred.output, pred.y).item():8.3f}")
    print(f"Baseline  MAE {mae(base.output, base.y).item():8.3f}   RMSE {rmse(base.output, base.y).item():8.3f}")

    torch.save(best.state_dict(), "deepar_weekly.pt")


if __name__ == "__main__":
    main()
