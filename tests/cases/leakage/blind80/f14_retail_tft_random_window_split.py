#!/usr/bin/env python
"""Weekly SKU demand with a Temporal Fusion Transformer.

Every (series, forecast start) window in the panel is one training example; I hold out a random 20%
of the windows for evaluation.
"""
import argparse

import numpy as np
import pandas as pd
import torch
from torch.utils.data import DataLoader, random_split
import lightning.pytorch as pl
from pytorch_forecasting import TimeSeriesDataSet, TemporalFusionTransformer
from pytorch_forecasting.data import GroupNormalizer
from pytorch_forecasting.metrics import QuantileLoss, MAE, MAPE


def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument("--data", default="train.csv")
    p.add_argument("--epochs", type=int, default=15)
    p.add_argument("--horizon", type=int, default=8)
    p.add_argument("--encoder", type=int, default=26)
    p.add_argument("--batch-size", type=int, default=128)
    p.add_argument("--seed", type=int, default=0)
    return p.parse_args()


def load_panel(path):
    df = pd.read_csv(path, parse_dates=["week_start"])
    df["series"] = df["store_id"].astype(str) + ":" + df["sku"].astype(str)
    df["time_idx"] = df["week_start"].map({w: i for i, w in enumerate(sorted(df["week_start"].unique()))})
    for col in ["store_id", "sku", "category", "store_type", "on_promo", "holiday_week"]:
        df[col] = df[col].astype(str)
    df["units_sold"] = df["units_sold"].astype(np.float32)
    df["price"] = df["price"].astype(np.float32)
    df["discount_pct"] = df["discount_pct"].fillna(0).astype(np.float32)
    return df.sort_values(["series", "time_idx"]).reset_index(drop=True)


def main():
    args = parse_args()
    pl.seed_everything(args.seed)

    df = load_panel(args.data)
    print(f"{len(df):,} rows / {df.series.nunique()} series / {df.time_idx.nunique()} weeks")

    dataset = TimeSeriesDataSet(
        df,
        time_idx="time_idx",
        target="units_sold",
        group_ids=["series"],
        max_encoder_length=args.encoder,
        min_encoder_length=args.encoder // 2,
        max_prediction_length=args.horizon,
        min_prediction_length=args.horizon,
        static_categoricals=["store_id", "sku", "category", "store_type"],
        time_varying_known_categoricals=["on_promo", "holiday_week"],
        time_varying_known_reals=["time_idx", "price", "discount_pct"],
        time_varying_unknown_reals=["units_sold"],
        target_normalizer=GroupNormalizer(groups=["series"], transformation="softplus"),
        add_relative_time_idx=True,
        add_encoder_length=True,
        allow_missing_timesteps=True,
    )

    n_val = int(0.2 * len(dataset))
    gen = torch.Generator().manual_seed(args.seed)
    train_part, val_part = random_split(dataset, [len(dataset) - n_val, n_val], generator=gen)
    collate = TimeSeriesDataSet._collate_fn
    train_loader = DataLoader(train_part, batch_size=args.batch_size, shuffle=True, collate_fn=collate, num_workers=2)
    val_loader = DataLoader(val_part, batch_size=args.batch_size * 2, shuffle=False, collate_fn=collate, num_workers=2)
    print(f"windows: {len(train_part):,} train / {len(val_part):,} eval")

    tft = TemporalFusionTransformer.from_dataset(
        dataset,
        learning_rate=0.01,
        hidden_size=32,
        attention_head_size=4,
        dropout=0.15,
        hidden_continuous_size=16,
        loss=QuantileLoss(),
        log_interval=-1,
        reduce_on_plateau_patience=None,
    )
    trainer = pl.Trainer(max_epochs=args.epochs, accelerator="auto", gradient_clip_val=0.1,
                         enable_checkpointing=False, logger=False)
    trainer.fit(tft, train_dataloaders=train_loader)

    out = tft.predict(val_loader, return_y=True)
    mae = MAE()(out.output, out.y).item()
    mape = MAPE()(out.output, out.y).item()
    print(f"eval windows: MAE={mae:.3f}  MAPE={mape:.2%}")

    torch.save(tft.state_dict(), "tft_weekly.pt")


if __name__ == "__main__":
    main()
