"""Monthly units per region x category -- 6 months ahead with sktime.

Global reduction model (LightGBM on a 12-month window, recursive), panel of
region/category series. Units are standardised inside the forecaster pipeline
(TransformedTargetForecaster), so the scaler is fitted on whatever history the forecaster is fitted on.
"""
import numpy as np
import pandas as pd
from lightgbm import LGBMRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.preprocessing import StandardScaler
from sktime.forecasting.base import ForecastingHorizon
from sktime.forecasting.compose import TransformedTargetForecaster, make_reduction
from sktime.forecasting.naive import NaiveForecaster
from sktime.transformations.series.adapt import TabularToSeriesAdaptor

H = 6

raw = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
for frame in (raw, test):
    frame["month"] = pd.PeriodIndex(frame["month"], freq="M")
    frame["series"] = frame["region"] + "/" + frame["category"]

print(raw.groupby("series")["units"].agg(["count", "mean", "std"]).describe())
print("months:", raw["month"].min(), "->", raw["month"].max(), "| test:", test["month"].min(), "->", test["month"].max())

y = raw.set_index(["series", "month"])[["units"]].sort_index()

month_level = y.index.get_level_values("month")
cutoff = month_level.max() - H
y_train = y[month_level <= cutoff]
y_true = y[month_level > cutoff]
fh = ForecastingHorizon(np.arange(1, H + 1), is_relative=True)


def build_forecaster():
    reg = LGBMRegressor(n_estimators=300, learning_rate=0.05, num_leaves=15, min_child_samples=10, verbose=-1)
    return TransformedTargetForecaster([
        ("scale", TabularToSeriesAdaptor(StandardScaler())),
        ("reduce", make_reduction(reg, window_length=12, strategy="recursive", pooling="global")),
    ])


model = build_forecaster().fit(y_train)
pred = model.predict(fh)

naive = NaiveForecaster(strategy="last", sp=12).fit(y_train)
pred_naive = naive.predict(fh)

scored = y_true.join(pred, rsuffix="_lgbm").join(pred_naive, rsuffix="_snaive")
for col, label in [("units_snaive", "seasonal naive"), ("units_lgbm", "lgbm reduction")]:
    mae = mean_absolute_error(scored["units"], scored[col])
    rmse = mean_squared_error(scored["units"], scored[col]) ** 0.5
    print(f"{label:<16} MAE {mae:9.2f}  RMSE {rmse:9.2f}")

per_series = (scored.assign(ae=(scored["units"] - scored["units_lgbm"]).abs())
                    .groupby(level="series")["ae"].mean().sort_values(ascending=False))
print(per_series.head(10))

# final: refit on all months and forecast the 6 test months
final = build_forecaster().fit(y)
fc = final.predict(fh).reset_index()
fc["units"] = fc["units"].clip(lower=0)
sub = test.merge(fc, on=["series", "month"], how="left").rename(columns={"units": "prediction"})
sub[["row_id", "prediction"]].to_csv("predictions.csv", index=False)
print(sub[["row_id", "prediction"]].head())
