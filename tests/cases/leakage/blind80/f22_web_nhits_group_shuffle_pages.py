"""
Cold-start traffic forecast: the model is evaluated on pages it never saw.

- GroupShuffleSplit on page_id (80/20)
- NHITS trained on the training pages
- held-out pages: feed the first part of their history, forecast the final 28 days, compare
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import GroupShuffleSplit
from neuralforecast import NeuralForecast
from neuralforecast.models import NHITS
from neuralforecast.losses.pytorch import HuberLoss

H = 28
INPUT = 112
SEED = 5


def smape(y, yhat):
    denom = np.abs(y) + np.abs(yhat)
    out = np.where(denom == 0, 0.0, 2 * np.abs(y - yhat) / np.where(denom == 0, 1, denom))
    return 100 * out.mean()


def main():
    raw = pd.read_csv("train.csv", parse_dates=["date"])
    raw = raw.sort_values(["page_id", "date"])
    raw["visits"] = raw["visits"].fillna(0).clip(lower=0)

    df = pd.DataFrame({
        "unique_id": raw["page_id"],
        "ds": raw["date"],
        "y": np.log1p(raw["visits"]),
    })

    gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=SEED)
    tr_idx, te_idx = next(gss.split(df, groups=df["unique_id"]))
    train_df = df.iloc[tr_idx]
    eval_df = df.iloc[te_idx]
    print(f"train pages: {train_df.unique_id.nunique()}  eval pages: {eval_df.unique_id.nunique()}")

    # eval pages: everything but the last H days is context, the last H days are scored
    last_day = eval_df.groupby("unique_id")["ds"].transform("max")
    context = eval_df[eval_df["ds"] <= last_day - pd.Timedelta(days=H)]
    target = eval_df[eval_df["ds"] > last_day - pd.Timedelta(days=H)]

    model = NHITS(
        h=H,
        input_size=INPUT,
        loss=HuberLoss(),
        scaler_type="robust",
        n_pool_kernel_size=[7, 2, 1],
        n_freq_downsample=[7, 2, 1],
        max_steps=1500,
        val_check_steps=100,
        early_stop_patience_steps=5,
        learning_rate=1e-3,
        random_seed=SEED,
    )
    nf = NeuralForecast(models=[model], freq="D")
    nf.fit(df=train_df, val_size=H)

    fc = nf.predict(df=context).reset_index()
    res = target.merge(fc, on=["unique_id", "ds"], how="inner")

    y = np.expm1(res["y"].values)
    yhat = np.expm1(res["NHITS"].values).clip(min=0)
    print(f"eval rows: {len(res):,}")
    print(f"MAE   (visits): {np.mean(np.abs(y - yhat)):.1f}")
    print(f"SMAPE         : {smape(y, yhat):.2f}")
    print(f"MAE   (log)   : {np.mean(np.abs(res['y'] - res['NHITS'])):.4f}")


if __name__ == "__main__":
    main()
