"""Day-ahead overload risk per substation (7-day horizon) with a TFT classifier.

Data: daily rows per substation, target overload_event (rare, ~5%).
Train: everything before the last 7 days; evaluation: last 7 days of each substation.
Metrics: accuracy, precision/recall/F1 at 0.5, PR-AUC; baselines: "never overloads" and persistence.
"""
import numpy as np
import pandas as pd
import torch
import lightning.pytorch as pl
from sklearn.metrics import accuracy_score, average_precision_score, f1_score, precision_score, recall_score
from pytorch_forecasting import TimeSeriesDataSet, TemporalFusionTransformer
from pytorch_forecasting.data import NaNLabelEncoder
from pytorch_forecasting.metrics import CrossEntropy

H = 7
ENC = 42
SEED = 13

KNOWN_REALS = ["time_idx", "temp_max", "temp_min", "capacity_mw", "outage_minutes", "crew_dispatched"]
KNOWN_CATS = ["dow", "is_holiday"]
UNKNOWN_REALS = ["peak_load_mw", "load_ratio"]


def prepare(path="train.csv"):
    df = pd.read_csv(path, parse_dates=["date"]).sort_values(["substation_id", "date"])
    df["time_idx"] = (df["date"] - df["date"].min()).dt.days
    df["label"] = df["overload_event"].astype(int).astype(str)
    df["load_ratio"] = df["peak_load_mw"] / df["capacity_mw"]
    df["dow"] = df["date"].dt.dayofweek.astype(str)
    df["is_holiday"] = df["is_holiday"].astype(int).astype(str)
    df["substation_id"] = df["substation_id"].astype(str)
    df["region"] = df["region"].astype(str)
    df["outage_minutes"] = df["outage_minutes"].fillna(0.0)
    df["crew_dispatched"] = df["crew_dispatched"].fillna(0).astype(float)
    return df.reset_index(drop=True)


def build(df, cutoff):
    training = TimeSeriesDataSet(
        df[df.time_idx <= cutoff],
        time_idx="time_idx",
        target="label",
        group_ids=["substation_id"],
        max_encoder_length=ENC,
        min_encoder_length=ENC // 2,
        max_prediction_length=H,
        static_categoricals=["substation_id", "region"],
        time_varying_known_categoricals=KNOWN_CATS,
        time_varying_known_reals=KNOWN_REALS,
        time_varying_unknown_categoricals=["label"],
        time_varying_unknown_reals=UNKNOWN_REALS,
        target_normalizer=NaNLabelEncoder(),
        allow_missing_timesteps=True,
    )
    evaluation = TimeSeriesDataSet.from_dataset(training, df, predict=True, stop_randomization=True)
    return training, evaluation


def main():
    pl.seed_everything(SEED)
    df = prepare()
    cutoff = df.time_idx.max() - H
    training, evaluation = build(df, cutoff)
    print(f"train samples {len(training):,} | eval substations {len(evaluation):,}")

    model = TemporalFusionTransformer.from_dataset(
        training,
        learning_rate=2e-3,
        hidden_size=32,
        attention_head_size=2,
        dropout=0.2,
        hidden_continuous_size=16,
        output_size=2,
        loss=CrossEntropy(),
        log_interval=-1,
        reduce_on_plateau_patience=None,
    )
    trainer = pl.Trainer(max_epochs=25, accelerator="auto", gradient_clip_val=0.1,
                         limit_train_batches=80, enable_checkpointing=False, logger=False)
    trainer.fit(model, train_dataloaders=training.to_dataloader(train=True, batch_size=128, num_workers=2))

    eval_dl = evaluation.to_dataloader(train=False, batch_size=256, num_workers=2)
    raw = model.predict(eval_dl, mode="raw", return_y=True)
    proba = torch.softmax(raw.output.prediction, dim=-1)[..., 1].flatten().numpy()
    y = raw.y[0].flatten().numpy().astype(int)
    y_hat = (proba >= 0.5).astype(int)

    # persistence baseline: event tomorrow if there was one on the last observed day
    last_event = df[df.time_idx == cutoff].set_index("substation_id")["overload_event"]
    pers = np.repeat(last_event.reindex(evaluation.decoded_index["substation_id"]).fillna(0).values, H)[: len(y)]

    rows = {
        "TFT": dict(acc=accuracy_score(y, y_hat), prec=precision_score(y, y_hat, zero_division=0),
                    rec=recall_score(y, y_hat), f1=f1_score(y, y_hat), pr_auc=average_precision_score(y, proba)),
        "baseline: never": dict(acc=accuracy_score(y, np.zeros_like(y)), prec=0.0, rec=0.0, f1=0.0,
                                pr_auc=y.mean()),
        "baseline: persistence": dict(acc=accuracy_score(y, pers), prec=precision_score(y, pers, zero_division=0),
                                      rec=recall_score(y, pers), f1=f1_score(y, pers), pr_auc=np.nan),
    }
    print(pd.DataFrame(rows).T.round(4))


if __name__ == "__main__":
    main()
