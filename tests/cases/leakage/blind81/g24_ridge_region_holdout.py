"""Regional hourly demand: regularised linear model with weather splines.

Evaluation follows the entity structure of the task: two regions are held out entirely,
the model is fitted on the remaining regions up to a cutoff and scored on the held-out
regions after it. The scaler and spline basis are part of the pipeline, so they are fitted on
the fit rows only. Baseline: same hour one week earlier.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import Ridge
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, SplineTransformer, StandardScaler
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error

df = pd.read_csv("train.csv", parse_dates=["timestamp"])
df = df.sort_values(["region", "timestamp"]).reset_index(drop=True)
df["hour"] = df["timestamp"].dt.hour
df["dow"] = df["timestamp"].dt.dayofweek
df["month"] = df["timestamp"].dt.month

g = df.groupby("region")["demand_mw"]
df["lag_24"] = g.shift(24)
df["lag_168"] = g.shift(168)
df["level_7d"] = g.transform(lambda s: s.shift(24).rolling(168, min_periods=48).mean())
df["rel_lag_24"] = df["lag_24"] / df["level_7d"]
df = df.dropna(subset=["lag_168", "level_7d"]).reset_index(drop=True)

numeric = ["lag_24", "lag_168", "level_7d", "rel_lag_24", "is_holiday"]
spline = ["temp_forecast"]
categorical = ["hour", "dow", "month"]
pre = ColumnTransformer([
    ("num", StandardScaler(), numeric),
    ("temp", make_pipeline(SplineTransformer(n_knots=6, degree=3), StandardScaler()), spline),
    ("cal", OneHotEncoder(handle_unknown="ignore"), categorical),
])
model = make_pipeline(pre, Ridge(alpha=3.0))

regions = np.array(sorted(df["region"].unique()))
eval_regions = regions[-2:]
cutoff = df["timestamp"].max() - pd.Timedelta(days=14)
fit_mask = (~df["region"].isin(eval_regions)) & (df["timestamp"] <= cutoff)
eval_mask = df["region"].isin(eval_regions) & (df["timestamp"] > cutoff)
X = df[numeric + spline + categorical]
y = df["demand_mw"]

model.fit(X[fit_mask], y[fit_mask])
pred = model.predict(X[eval_mask])
naive = df.loc[eval_mask, "lag_168"]

print(f"held-out regions: {list(eval_regions)}; cutoff {cutoff}")
print(f"ridge          MAE {mean_absolute_error(y[eval_mask], pred):.2f}  "
      f"MAPE {mean_absolute_percentage_error(y[eval_mask], pred):.3%}")
print(f"naive (t-168h) MAE {mean_absolute_error(y[eval_mask], naive):.2f}  "
      f"MAPE {mean_absolute_percentage_error(y[eval_mask], naive):.3%}")

res = df.loc[eval_mask, ["region", "hour"]].assign(err=np.abs(y[eval_mask] - pred))
print(res.pivot_table(index="hour", columns="region", values="err").round(1).head(24))
