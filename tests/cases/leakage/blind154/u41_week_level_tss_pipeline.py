"""Store demand - ridge on engineered features, week-level time-series CV.

All fitted preprocessing is inside the pipeline; the splitter below applies
TimeSeriesSplit to unique weeks (with a one-week gap) and maps back to rows."""
import json

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer, TransformedTargetRegressor
from sklearn.dummy import DummyRegressor
from sklearn.linear_model import RidgeCV
from sklearn.model_selection import TimeSeriesSplit, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer, OneHotEncoder, StandardScaler

task = json.load(open("task.json"))
Y, T, RID = task["target"], task["time_column"], task["id_column"]

train = pd.read_csv("train.csv", parse_dates=[T]).sort_values(T).reset_index(drop=True)
test = pd.read_csv("test.csv", parse_dates=[T])


def design(frame):
    d = pd.DataFrame(index=frame.index)
    d["log_size"] = np.log(frame["store_size_sqm"])
    d["promo"] = frame["promo_active"]
    d["price"] = frame["price_index"]
    d["price_sq"] = frame["price_index"] ** 2
    d["promo_x_price"] = frame["promo_active"] * frame["price_index"]
    d["holiday"] = frame["holiday_week"]
    d["temp"] = frame["temperature_avg"]
    d["competitor"] = frame["competitor_open"]
    d["log_prev"] = np.log1p(frame["prev_week_units"])
    woy = frame[T].dt.isocalendar().week.astype(int)
    d["woy_sin"] = np.sin(2 * np.pi * woy / 52)
    d["woy_cos"] = np.cos(2 * np.pi * woy / 52)
    d["region"] = frame["region"]
    return d


def week_level_tss(times, n_splits=5, gap_weeks=1):
    weeks = np.sort(times.unique())
    for w_tr, w_te in TimeSeriesSplit(n_splits=n_splits, gap=gap_weeks).split(weeks):
        yield (np.flatnonzero(times.isin(weeks[w_tr]).to_numpy()),
               np.flatnonzero(times.isin(weeks[w_te]).to_numpy()))


X = design(train)
y = train[Y]
num_cols = [c for c in X.columns if c != "region"]

prep = ColumnTransformer([
    ("num", StandardScaler(), num_cols),
    ("reg", OneHotEncoder(handle_unknown="ignore"), ["region"]),
])
ridge = TransformedTargetRegressor(
    regressor=Pipeline([("prep", prep), ("ridge", RidgeCV(alphas=np.logspace(-3, 3, 13)))]),
    func=np.log1p, inverse_func=np.expm1,
)
baseline = DummyRegressor(strategy="median")

splits = list(week_level_tss(train[T]))
for tr, te in splits:
    assert train[T].iloc[tr].max() < train[T].iloc[te].min()

scoring = {"mae": "neg_mean_absolute_error", "r2": "r2"}
res_ridge = cross_validate(ridge, X, y, cv=splits, scoring=scoring)
res_base = cross_validate(baseline, X, y, cv=splits, scoring=scoring)

summary = pd.DataFrame({
    "ridge_mae": -res_ridge["test_mae"],
    "baseline_mae": -res_base["test_mae"],
    "ridge_r2": res_ridge["test_r2"],
})
print(summary.round(3))
print(summary.mean().round(3))

ridge.fit(X, y)
pd.DataFrame({RID: test[RID], "prediction": ridge.predict(design(test))}).to_csv("predictions.csv", index=False)
