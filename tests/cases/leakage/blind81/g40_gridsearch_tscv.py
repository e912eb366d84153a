"""Page traffic: LightGBM tuned with time-series cross-validation.

Tuning happens on the development period only (GridSearchCV + TimeSeriesSplit over rows
sorted by day); the final 14 days are scored once with the selected configuration and
compared against the weekly seasonal naive and a mean predictor.
"""
import numpy as np
import pandas as pd
from lightgbm import LGBMRegressor
from sklearn.dummy import DummyRegressor
from sklearn.model_selection import GridSearchCV, TimeSeriesSplit
from sklearn.metrics import mean_absolute_error

H = 14
df = pd.read_csv("train.csv", parse_dates=["day"])
test = pd.read_csv("test.csv", parse_dates=["day"])
df = df.sort_values(["page", "day"]).reset_index(drop=True)

g = df.groupby("page")["visits"]
for lag in (14, 15, 21, 28, 35):
    df[f"lag_{lag}"] = g.shift(lag)
df["mean_7_lag14"] = g.transform(lambda s: s.shift(14).rolling(7).mean())
df["mean_28_lag14"] = g.transform(lambda s: s.shift(14).rolling(28).mean())
df["expanding_mean_lag14"] = g.transform(lambda s: s.shift(14).expanding().mean())
df["naive_7"] = g.shift(7)
df["dow"] = df["day"].dt.dayofweek
df["month"] = df["day"].dt.month
df["page_cat"] = df["page"].astype("category")
df = df.dropna(subset=["lag_35", "mean_28_lag14"]).sort_values(["day", "page"]).reset_index(drop=True)

features = ["lag_14", "lag_15", "lag_21", "lag_28", "lag_35", "mean_7_lag14", "mean_28_lag14",
            "expanding_mean_lag14", "dow", "month", "page_cat", "campaign_active", "is_holiday"]
cutoff = df["day"].max() - pd.Timedelta(days=H)
dev = df[df["day"] <= cutoff]
hold = df[df["day"] > cutoff]

search = GridSearchCV(
    LGBMRegressor(objective="l1", verbose=-1, random_state=0),
    param_grid={
        "n_estimators": [300, 800],
        "learning_rate": [0.03, 0.1],
        "num_leaves": [15, 63],
        "min_child_samples": [20, 100],
    },
    cv=TimeSeriesSplit(n_splits=4, test_size=H * df["page"].nunique()),
    scoring="neg_mean_absolute_error",
    n_jobs=-1,
)
search.fit(dev[features], dev["visits"])
print("best params:", search.best_params_)
print("CV MAE:", -search.best_score_)

pred = np.clip(search.best_estimator_.predict(hold[features]), 0, None)
dummy = DummyRegressor(strategy="median").fit(dev[features], dev["visits"])
print(f"holdout MAE  lightgbm        {mean_absolute_error(hold['visits'], pred):.1f}")
print(f"holdout MAE  seasonal naive  {mean_absolute_error(hold['visits'], hold['naive_7']):.1f}")
print(f"holdout MAE  global median   {mean_absolute_error(hold['visits'], dummy.predict(hold[features])):.1f}")

cv_table = pd.DataFrame(search.cv_results_).sort_values("rank_test_score")
print(cv_table[["params", "mean_test_score", "std_test_score"]].head(5).to_string())

# submission: refit the selected configuration on everything
best = LGBMRegressor(objective="l1", verbose=-1, random_state=0, **search.best_params_)
best.fit(df[features], df["visits"])
hist = pd.concat([df[["row_id", "page", "day", "visits"]], test[["row_id", "page", "day"]]]).sort_values(["page", "day"])
hg = hist.groupby("page")["visits"]
for lag in (14, 15, 21, 28, 35):
    hist[f"lag_{lag}"] = hg.shift(lag)
hist["mean_7_lag14"] = hg.transform(lambda s: s.shift(14).rolling(7, min_periods=1).mean())
hist["mean_28_lag14"] = hg.transform(lambda s: s.shift(14).rolling(28, min_periods=1).mean())
hist["expanding_mean_lag14"] = hg.transform(lambda s: s.shift(14).expanding().mean())
fut = test.merge(hist.drop(columns=["page", "day", "visits"]), on="row_id", how="left")
fut["dow"] = fut["day"].dt.dayofweek
fut["month"] = fut["day"].dt.month
fut["page_cat"] = pd.Categorical(fut["page"], categories=df["page_cat"].cat.categories)
fut["prediction"] = np.clip(best.predict(fut[features]), 0, None)
fut[["row_id", "prediction"]].to_csv("predictions.csv", index=False)
