# forecast daily clicks for the display campaign (export from the ad server, 3 years daily)
# columns: date, impressions, clicks, spend
import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.model_selection import KFold, cross_val_score

daily = pd.read_csv("campaign_daily.csv", parse_dates=["date"])
daily = daily.sort_values("date").set_index("date")
daily = daily.asfreq("D")
print(daily.isna().sum())
daily["clicks"] = daily["clicks"].fillna(0)

# features, all from previous days
daily["lag1"] = daily["clicks"].shift(1)
daily["lag7"] = daily["clicks"].shift(7)
daily["roll7"] = daily["clicks"].shift(1).rolling(7).mean()
daily["roll28"] = daily["clicks"].shift(1).rolling(28).mean()
daily["dow"] = daily.index.dayofweek
daily["month"] = daily.index.month
daily = daily.dropna(subset=["lag1", "lag7", "roll7", "roll28"])

feats = ["lag1", "lag7", "roll7", "roll28", "dow", "month"]
X, y = daily[feats], daily["clicks"]
print(X.shape, daily.index.min(), "->", daily.index.max())

gbr = GradientBoostingRegressor(n_estimators=300, max_depth=3, learning_rate=0.05, random_state=0)
cv = KFold(n_splits=5, shuffle=True, random_state=0)
mae = -cross_val_score(gbr, X, y, cv=cv, scoring="neg_mean_absolute_error")
print("GBR MAE per fold:", mae.round(1))
print("GBR MAE mean: %.1f" % mae.mean())

# seasonal naive: same weekday last week
naive_mae = np.mean(np.abs(y - daily["lag7"]))
print("naive (lag7) MAE: %.1f" % naive_mae)
