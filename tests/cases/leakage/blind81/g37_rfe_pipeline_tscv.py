"""Page traffic: lag selection with RFE inside a pipeline, time-series CV, final holdout.

RFE is a pipeline step, so every CV fold re-runs the selection on its own training part.
The last 14 days of train.csv are kept aside and scored once at the end.
"""
import numpy as np
import pandas as pd
from sklearn.feature_selection import RFE
from sklearn.linear_model import Ridge
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import TimeSeriesSplit, cross_val_score
from sklearn.metrics import mean_absolute_error

df = pd.read_csv("train.csv", parse_dates=["day"])
df = df.sort_values(["page", "day"]).reset_index(drop=True)
g = df.groupby("page")["visits"]
df["log_visits"] = np.log1p(df["visits"])
lg = df.groupby("page")["log_visits"]
for lag in range(1, 29):
    df[f"lag_{lag}"] = lg.shift(lag)
for w in (7, 14, 28):
    df[f"mean_{w}"] = lg.transform(lambda s, w=w: s.shift(1).rolling(w).mean())
df["dow"] = df["day"].dt.dayofweek
dow_dummies = pd.get_dummies(df["dow"], prefix="dow", dtype=float)
df = pd.concat([df, dow_dummies], axis=1).dropna().reset_index(drop=True)
df = df.sort_values(["day", "page"]).reset_index(drop=True)

features = [c for c in df.columns if c.startswith(("lag_", "mean_", "dow_"))] + ["campaign_active", "is_holiday"]
cutoff = df["day"].max() - pd.Timedelta(days=14)
dev = df[df["day"] <= cutoff]
hold = df[df["day"] > cutoff]

pipe = Pipeline([
    ("scale", StandardScaler()),
    ("rfe", RFE(Ridge(alpha=1.0), n_features_to_select=12, step=2)),
    ("model", Ridge(alpha=1.0)),
])

n_pages = df["page"].nunique()
tscv = TimeSeriesSplit(n_splits=5, test_size=14 * n_pages)
cv_mae = -cross_val_score(pipe, dev[features], dev["log_visits"], cv=tscv,
                          scoring="neg_mean_absolute_error")
print("CV MAE (log scale) per fold:", np.round(cv_mae, 4), "mean", cv_mae.mean().round(4))

pipe.fit(dev[features], dev["log_visits"])
chosen = [f for f, keep in zip(features, pipe.named_steps["rfe"].support_) if keep]
print("features kept by RFE:", chosen)

pred = np.expm1(pipe.predict(hold[features])).clip(min=0)
naive = np.expm1(hold["lag_7"])
print(f"holdout MAE  ridge+RFE {mean_absolute_error(hold['visits'], pred):.1f}")
print(f"holdout MAE  naive t-7 {mean_absolute_error(hold['visits'], naive):.1f}")

per_page = hold.assign(err=np.abs(hold["visits"] - pred)).groupby("page")["err"].mean()
print(per_page.describe())
