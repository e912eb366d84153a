# Retail demand forecasting - NHITS with future exogenous features
# author: take-home submission
#
# run: python nhits_exog.py

import numpy as np
import pandas as pd
from neuralforecast import NeuralForecast
from neuralforecast.models import NHITS
from neuralforecast.losses.pytorch import MAE

H = 8
N_WINDOWS = 3
CORR_MIN = 0.10

df = pd.read_csv("train.csv", parse_dates=["week_start"])
df = df.sort_values(["store_id", "sku", "week_start"]).reset_index(drop=True)
df["unique_id"] = df["store_id"].astype(str) + "_" + df["sku"].astype(str)

# ---- candidate calendar / price features (all known in advance) ----
woy = df["week_start"].dt.isocalendar().week.astype(int)
df["woy_sin"] = np.sin(2 * np.pi * woy / 52.0)
df["woy_cos"] = np.cos(2 * np.pi * woy / 52.0)
df["month"] = df["week_start"].dt.month
df["is_q4"] = (df["month"] >= 10).astype(int)
df["promo_x_discount"] = df["on_promo"] * df["discount_pct"]
df["log_price"] = np.log1p(df["price"])
df["price_change"] = df.groupby("unique_id")["price"].pct_change().fillna(0.0)
df["holiday_week"] = df["holiday_week"].astype(int)
df["on_promo"] = df["on_promo"].astype(int)

candidates = ["price", "log_price", "price_change", "discount_pct", "on_promo",
              "promo_x_discount", "holiday_week", "woy_sin", "woy_cos", "month", "is_q4"]

# keep only features that actually move with demand
corr = df[candidates].corrwith(df["units_sold"]).abs().sort_values(ascending=False)
print("abs correlation with units_sold:")
print(corr.round(3).to_string())
exog = corr[corr >= CORR_MIN].index.tolist()
print("selected exog:", exog)

Y = df.rename(columns={"week_start": "ds", "units_sold": "y"})[["unique_id", "ds", "y"] + exog]
Y["y"] = Y["y"].fillna(0.0)

model = NHITS(
    h=H,
    input_size=3 * H,
    futr_exog_list=exog,
    loss=MAE(),
    scaler_type="standard",
    max_steps=800,
    learning_rate=1e-3,
    batch_size=64,
    windows_batch_size=256,
    random_seed=11,
)
nf = NeuralForecast(models=[model], freq="W-MON")
cv = nf.cross_validation(df=Y, n_windows=N_WINDOWS, step_size=H)
cv = cv.reset_index() if "unique_id" not in cv.columns else cv

err = cv["y"] - cv["NHITS"]
print("\nrolling-origin results (3 x 8 weeks)")
print(f"  MAE   {err.abs().mean():.3f}")
print(f"  RMSE  {np.sqrt((err ** 2).mean()):.3f}")
wape = err.abs().sum() / cv["y"].abs().sum()
print(f"  WAPE  {wape:.3%}")
for c, g in cv.groupby("cutoff"):
    print(f"  cutoff {pd.Timestamp(c).date()}  MAE {(g['y'] - g['NHITS']).abs().mean():.3f}")

# ---- final model on all history, forecast test.csv ----
test = pd.read_csv("test.csv", parse_dates=["week_start"])
test["unique_id"] = test["store_id"].astype(str) + "_" + test["sku"].astype(str)
woy_t = test["week_start"].dt.isocalendar().week.astype(int)
test["woy_sin"] = np.sin(2 * np.pi * woy_t / 52.0)
test["woy_cos"] = np.cos(2 * np.pi * woy_t / 52.0)
test["month"] = test["week_start"].dt.month
test["is_q4"] = (test["month"] >= 10).astype(int)
test["promo_x_discount"] = test["on_promo"] * test["discount_pct"]
test["log_price"] = np.log1p(test["price"])
last_price = df.groupby("unique_id")["price"].last()
test["price_change"] = test.groupby("unique_id")["price"].pct_change()
first = test.groupby("unique_id").cumcount() == 0
test.loc[first, "price_change"] = test.loc[first, "price"] / test.loc[first, "unique_id"].map(last_price) - 1
test["holiday_week"] = test["holiday_week"].astype(int)
test["on_promo"] = test["on_promo"].astype(int)

nf.fit(df=Y)
futr = test.rename(columns={"week_start": "ds"})[["unique_id", "ds"] + exog]
fc = nf.predict(futr_df=futr).reset_index()
out = test.merge(fc, left_on=["unique_id", "week_start"], right_on=["unique_id", "ds"], how="left")
out["prediction"] = out["NHITS"].clip(lower=0)
out[["store_id", "sku", "week_start", "prediction"]].to_csv("predictions.csv", index=False)
print("wrote predictions.csv", out.shape)
