"""NHITS with future exogenous regressors, evaluated on unseen pages after a time cutoff.

search_index (external search-interest index) and page_age_days live on very different
scales, so they are standardised before going into the network.
"""
import numpy as np
import pandas as pd
from sklearn.preprocessing import StandardScaler
from neuralforecast import NeuralForecast
from neuralforecast.models import NHITS
from neuralforecast.losses.pytorch import MAE

HORIZON = 28
HOLDOUT_FRAC = 0.2
EXOG = ["search_index", "page_age_days", "campaign_active", "is_weekend"]
SCALE_COLS = ["search_index", "page_age_days"]

rng = np.random.RandomState(42)

df = pd.read_csv("train.csv", parse_dates=["date"])
df = df.sort_values(["page_id", "date"]).reset_index(drop=True)
df["visits"] = df["visits"].fillna(0).clip(lower=0)
df["campaign_active"] = df["campaign_active"].fillna(0).astype(float)
df["is_weekend"] = df["is_weekend"].astype(float)
df["search_index"] = df.groupby("page_id")["search_index"].ffill().fillna(0.0)

scaler = StandardScaler()
df[SCALE_COLS] = scaler.fit_transform(df[SCALE_COLS])

nf_df = df.rename(columns={"page_id": "unique_id", "date": "ds"})
nf_df["y"] = np.log1p(nf_df["visits"])
nf_df = nf_df[["unique_id", "ds", "y"] + EXOG]

# split: unseen pages x dates after the cutoff
pages = nf_df["unique_id"].unique()
eval_pages = set(rng.choice(pages, int(HOLDOUT_FRAC * len(pages)), replace=False))
cutoff = nf_df["ds"].max() - pd.Timedelta(days=HORIZON)

in_eval = nf_df["unique_id"].isin(eval_pages)
train = nf_df[~in_eval & (nf_df["ds"] <= cutoff)]
eval_hist = nf_df[in_eval & (nf_df["ds"] <= cutoff)]
eval_future = nf_df[in_eval & (nf_df["ds"] > cutoff)]
print(f"train {train.unique_id.nunique()} pages | eval {eval_hist.unique_id.nunique()} pages | cutoff {cutoff.date()}")

nf = NeuralForecast(
    models=[
        NHITS(
            h=HORIZON,
            input_size=3 * HORIZON,
            futr_exog_list=EXOG,
            loss=MAE(),
            scaler_type="robust",
            n_pool_kernel_size=[7, 2, 1],
            max_steps=1200,
            batch_size=64,
            random_seed=42,
        )
    ],
    freq="D",
)
nf.fit(df=train)

preds = nf.predict(df=eval_hist, futr_df=eval_future[["unique_id", "ds"] + EXOG]).reset_index()
scored = eval_future.merge(preds, on=["unique_id", "ds"])

y = np.expm1(scored["y"].to_numpy())
p = np.expm1(scored["NHITS"].to_numpy()).clip(min=0)
smape = 100 * np.mean(2 * np.abs(p - y) / (np.abs(y) + np.abs(p) + 1e-8))
print(f"eval pages, last {HORIZON} days")
print(f"  MAE(log1p) = {np.abs(scored['y'] - scored['NHITS']).mean():.4f}")
print(f"  SMAPE      = {smape:.2f}")
print(f"  MAE visits = {np.abs(p - y).mean():.1f}")
