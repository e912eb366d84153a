"""Direct multi-horizon forecasting of hourly electricity demand.

One model per horizon h: the row at time t holds what is known at t (current
and past load, temperature so far) and the label is the load at t+h.
"""
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from sklearn.linear_model import RidgeCV
from sklearn.metrics import mean_absolute_error
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

HORIZONS = (1, 6, 12, 24)
TEST_START = pd.Timestamp("2019-01-01")


@dataclass
class DirectForecaster:
    horizons: tuple
    models: dict = field(default_factory=dict)

    @staticmethod
    def features(frame):
        load, temp = frame["load"], frame["temperature"]
        X = pd.DataFrame(index=frame.index)
        X["load_now"] = load
        for k in (1, 2, 3, 24, 168):
            X[f"load_lag{k}"] = load.shift(k)
        X["load_mean_24"] = load.rolling(24).mean()
        X["load_max_24"] = load.rolling(24).max()
        X["temp_now"] = temp
        X["temp_mean_24"] = temp.rolling(24).mean()
        return X

    @staticmethod
    def targets(frame, h):
        return frame["load"].shift(-h)

    def calendar(self, index, h):
        when = index + pd.Timedelta(hours=h)
        return pd.DataFrame(
            {"t_hour": when.hour, "t_dow": when.dayofweek, "t_weekend": (when.dayofweek >= 5).astype(int)},
            index=index,
        )

    def fit(self, frame):
        base = self.features(frame)
        for h in self.horizons:
            X = base.join(self.calendar(base.index, h))
            y = self.targets(frame, h)
            ok = X.notna().all(axis=1) & y.notna()
            model = make_pipeline(StandardScaler(), RidgeCV(alphas=np.logspace(-2, 3, 12)))
            self.models[h] = model.fit(X[ok], y[ok])
        return self

    def predict(self, frame, h):
        base = self.features(frame)
        X = base.join(self.calendar(base.index, h)).dropna()
        return pd.Series(self.models[h].predict(X), index=X.index)


df = pd.read_csv("hourly_demand_temp.csv", parse_dates=["timestamp"]).set_index("timestamp").sort_index()
df = df.asfreq("h").ffill()

max_h = max(HORIZONS)
# drop the last max_h hours before the test start so no training label falls in the test period
train_part = df[df.index < TEST_START - pd.Timedelta(hours=max_h)]
forecaster = DirectForecaster(HORIZONS).fit(train_part)

history_and_test = df[df.index >= TEST_START - pd.Timedelta(days=8)]
for h in HORIZONS:
    pred = forecaster.predict(history_and_test, h)
    actual = DirectForecaster.targets(history_and_test, h).reindex(pred.index)
    keep = (pred.index >= TEST_START) & actual.notna().to_numpy()
    persistence = history_and_test["load"].reindex(pred.index)
    mae_model = mean_absolute_error(actual[keep], pred[keep])
    mae_base = mean_absolute_error(actual[keep], persistence[keep])
    print(f"h={h:>2}h  model MAE={mae_model:8.1f}  persistence baseline MAE={mae_base:8.1f}")
