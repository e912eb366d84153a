"""Emergency department arrivals per day, one site.

Poisson GLM on calendar, public holidays and recent arrivals; trained up to
the end of 2022 and scored on 2023.
"""
import numpy as np
import pandas as pd
from sklearn.linear_model import PoissonRegressor
from sklearn.metrics import mean_absolute_error, mean_poisson_deviance, mean_squared_error
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

arrivals = pd.read_csv("ed_arrivals_daily.csv", parse_dates=["arrival_date"])
arrivals = arrivals.set_index("arrival_date").sort_index().asfreq("D")
arrivals["arrivals"] = arrivals["arrivals"].ffill()

hol = pd.read_csv("bank_holidays.csv", parse_dates=["date"])
hol_dates = set(hol["date"])

cal = pd.DataFrame(index=arrivals.index)
cal["dow"] = cal.index.dayofweek
cal["is_monday"] = (cal["dow"] == 0).astype(int)
cal["is_weekend"] = (cal["dow"] >= 5).astype(int)
cal["holiday"] = cal.index.isin(hol_dates).astype(int)
cal["after_holiday"] = (cal.index - pd.Timedelta(days=1)).isin(hol_dates).astype(int)
cal["xmas_period"] = ((cal.index.month == 12) & (cal.index.day >= 20)).astype(int)
cal["doy_sin"] = np.sin(2 * np.pi * cal.index.dayofyear / 365.25)
cal["doy_cos"] = np.cos(2 * np.pi * cal.index.dayofyear / 365.25)
cal = cal.join(pd.get_dummies(cal["dow"], prefix="dow", drop_first=True, dtype=int)).drop(columns="dow")

hist = pd.DataFrame(index=arrivals.index)
a = arrivals["arrivals"]
hist["lag1"] = a.shift(1)
hist["lag7"] = a.shift(7)
hist["lag14"] = a.shift(14)
hist["mean7"] = a.shift(1).rolling(7).mean()
hist["mean28"] = a.shift(1).rolling(28).mean()
hist["trend"] = hist["mean7"] - hist["mean28"]

frame = cal.join(hist).join(arrivals["arrivals"]).dropna()
train = frame.loc[:"2022-12-31"]
test = frame.loc["2023-01-01":]
x_cols = [c for c in frame.columns if c != "arrivals"]

glm = Pipeline([("scale", StandardScaler()), ("poisson", PoissonRegressor(alpha=1e-3, max_iter=1000))])
glm.fit(train[x_cols], train["arrivals"])
pred = glm.predict(test[x_cols])

print(f"train days {len(train)}, test days {len(test)}")
print(f"MAE      {mean_absolute_error(test['arrivals'], pred):.2f}")
print(f"RMSE     {np.sqrt(mean_squared_error(test['arrivals'], pred)):.2f}")
print(f"Deviance {mean_poisson_deviance(test['arrivals'], pred):.3f}")
coefs = pd.Series(glm.named_steps["poisson"].coef_, index=x_cols).sort_values()
print(coefs.round(3).to_string())
