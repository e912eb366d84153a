"""Daily departures per bike-share station; score stations opened in the
expansion zone (never seen in training) over the last quarter."""
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error

CUTOFF = pd.Timestamp("2023-10-01")


def latest_first(df):
    """Feed re-sends revised counts; keep the most recent upload per station-day."""
    df = df.sort_values(["station_id", "date", "uploaded_at"], ascending=[True, False, False])
    return df.drop_duplicates(subset=["station_id", "date"], keep="first")


def station_history(df):
    g = df.groupby("station_id")["departures"]
    df["dep_prev"] = g.shift(1)
    df["dep_prev_week_avg"] = g.transform(lambda s: s.shift(1).rolling(7).mean())
    df["dep_running_avg"] = g.transform(lambda s: s.shift(1).expanding().mean())
    return df


raw = pd.read_csv("station_daily_departures.csv", parse_dates=["date", "uploaded_at"])
weather = pd.read_csv("city_weather_daily.csv", parse_dates=["date"])

daily = latest_first(raw)
daily = station_history(daily)
daily = daily.merge(weather[["date", "tavg", "prcp", "wspd"]], on="date", how="left")
daily["dow"] = daily["date"].dt.dayofweek
daily["month"] = daily["date"].dt.month
daily["is_weekend"] = (daily["dow"] >= 5).astype(int)
daily = daily.dropna(subset=["dep_prev", "dep_prev_week_avg", "dep_running_avg", "tavg"])

expansion = daily.loc[daily["zone"] == "expansion_2023", "station_id"].unique()
train = daily[~daily["station_id"].isin(expansion) & (daily["date"] < CUTOFF)]
test = daily[daily["station_id"].isin(expansion) & (daily["date"] >= CUTOFF)]

cols = ["dep_prev", "dep_prev_week_avg", "dep_running_avg", "tavg", "prcp", "wspd", "dow", "month",
        "is_weekend", "docks"]
rf = RandomForestRegressor(n_estimators=300, min_samples_leaf=5, n_jobs=-1, random_state=42)
rf.fit(train[cols], train["departures"])
pred = rf.predict(test[cols])

print(f"{train['station_id'].nunique()} training stations, {test['station_id'].nunique()} expansion stations")
print("model MAE          :", round(mean_absolute_error(test["departures"], pred), 2))
print("baseline MAE (prev):", round(mean_absolute_error(test["departures"], test["dep_prev"]), 2))
