"""Daily gym check-ins forecast: lag features, TimeSeriesSplit, final holdout on the last 8 weeks."""
import numpy as np
import pandas as pd
from sklearn.linear_model import Ridge
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import TimeSeriesSplit, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

checkins = pd.read_csv("gym_checkins.csv", parse_dates=["checkin_time"])
weather = pd.read_csv("weather_daily.csv", parse_dates=["date"])
print(checkins.shape, "members:", checkins["member_id"].nunique())

daily = (
    checkins
    .assign(date=lambda d: d["checkin_time"].dt.normalize())
    .groupby("date")
    .agg(visits=("member_id", "size"), unique_members=("member_id", "nunique"))
    .asfreq("D", fill_value=0)
    .reset_index()
    .merge(weather, on="date", how="left")
    .sort_values("date")
    .reset_index(drop=True)
)
daily["temp_c"] = daily["temp_c"].ffill()
daily["rain_mm"] = daily["rain_mm"].fillna(0)

# features known the evening before
daily = (daily
         .assign(dow=lambda d: d["date"].dt.dayofweek, month=lambda d: d["date"].dt.month)
         .eval("is_weekend = dow >= 5"))
daily["lag_1"] = daily["visits"].shift(1)
daily["lag_7"] = daily["visits"].shift(7)
daily["lag_14"] = daily["visits"].shift(14)
daily["roll_mean_7"] = daily["visits"].shift(1).rolling(7).mean()
daily["roll_std_28"] = daily["visits"].shift(1).rolling(28).std()
daily["january"] = (daily["month"] == 1).astype(int)
daily = daily.dropna(subset=["lag_14", "roll_std_28"]).reset_index(drop=True)

FEATS = ["dow", "month", "is_weekend", "lag_1", "lag_7", "lag_14", "roll_mean_7",
         "roll_std_28", "january", "temp_c", "rain_mm"]

holdout_start = daily["date"].max() - pd.Timedelta(days=56)
dev = daily.query("date < @holdout_start")
hold = daily.query("date >= @holdout_start")
print("dev:", dev["date"].min().date(), "->", dev["date"].max().date(), len(dev))
print("holdout:", hold["date"].min().date(), "->", hold["date"].max().date(), len(hold))

baseline_mae = mean_absolute_error(hold["visits"], hold["lag_7"])
print("seasonal naive (lag 7) MAE on holdout: %.1f" % baseline_mae)

tscv = TimeSeriesSplit(n_splits=5, test_size=28)
models = {
    "ridge": make_pipeline(StandardScaler(), Ridge(alpha=1.0)),
    "gbr": GradientBoostingRegressor(n_estimators=400, learning_rate=0.03, max_depth=3,
                                     subsample=0.8, random_state=0),
}
cv_mae = {}
for name, m in models.items():
    s = -cross_val_score(m, dev[FEATS], dev["visits"], cv=tscv, scoring="neg_mean_absolute_error")
    cv_mae[name] = s.mean()
    print(f"{name}: TimeSeriesSplit MAE {s.mean():.1f} (folds: {np.round(s, 1)})")

best = min(cv_mae, key=cv_mae.get)
model = models[best].fit(dev[FEATS], dev["visits"])
pred = model.predict(hold[FEATS])
print(f"{best} holdout MAE: {mean_absolute_error(hold['visits'], pred):.1f}")
