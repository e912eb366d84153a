# Covers forecast - linear model
import pandas as pd
import numpy as np
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import RidgeCV
from sklearn.metrics import mean_absolute_error, mean_squared_error

data = pd.read_csv("train.csv", parse_dates=["date"])
data = data.sort_values(["restaurant_id", "date"])

# calendar
data["dow"] = data.date.dt.dayofweek
data["sin_doy"] = np.sin(2 * np.pi * data.date.dt.dayofyear / 365.25)
data["cos_doy"] = np.cos(2 * np.pi * data.date.dt.dayofyear / 365.25)
dow_dummies = pd.get_dummies(data["dow"], prefix="dow", dtype=float)
rest_dummies = pd.get_dummies(data["restaurant_id"], prefix="r", dtype=float)
data = pd.concat([data, dow_dummies, rest_dummies], axis=1)

# history
data["covers_lag7"] = data.groupby("restaurant_id").covers.shift(7)
data["covers_lag14"] = data.groupby("restaurant_id").covers.shift(14)
data = data.dropna(subset=["covers_lag7", "covers_lag14"])

num = ["bookings", "temp_c", "rain_mm", "covers_lag7", "covers_lag14", "sin_doy", "cos_doy"]
cols = num + ["is_holiday"] + list(dow_dummies.columns) + list(rest_dummies.columns)

data[num] = StandardScaler().fit_transform(data[num])

split_date = data.date.quantile(0.85)
train = data[data.date < split_date]
test = data[data.date >= split_date]

model = RidgeCV(alphas=np.logspace(-2, 3, 20))
model.fit(train[cols], train.covers)
pred = model.predict(test[cols])
print("alpha:", model.alpha_)
print("MAE :", mean_absolute_error(test.covers, pred))
print("RMSE:", mean_squared_error(test.covers, pred) ** 0.5)

coef = pd.Series(model.coef_, index=cols)
print(coef.loc[num].sort_values())

# retrain on everything
model.fit(data[cols], data.covers)
sub = pd.read_csv("test.csv", parse_dates=["date"])
raw = pd.read_csv("train.csv", parse_dates=["date"])
h = pd.concat([raw, sub]).sort_values(["restaurant_id", "date"])
h["covers_lag7"] = h.groupby("restaurant_id").covers.shift(7)
h["covers_lag14"] = h.groupby("restaurant_id").covers.shift(14)
sub = sub.merge(h[["row_id", "covers_lag7", "covers_lag14"]], on="row_id")
sub["dow"] = sub.date.dt.dayofweek
sub["sin_doy"] = np.sin(2 * np.pi * sub.date.dt.dayofyear / 365.25)
sub["cos_doy"] = np.cos(2 * np.pi * sub.date.dt.dayofyear / 365.25)
sub = pd.concat([sub, pd.get_dummies(sub["dow"], prefix="dow", dtype=float),
                 pd.get_dummies(sub["restaurant_id"], prefix="r", dtype=float)], axis=1)
sub = sub.reindex(columns=sorted(set(sub.columns) | set(cols)), fill_value=0.0)
sub[num] = StandardScaler().fit(raw.assign(covers_lag7=raw.covers, covers_lag14=raw.covers,
                                           sin_doy=0.0, cos_doy=0.0)[num]).transform(sub[num].fillna(0))
pd.DataFrame({"row_id": sub.row_id, "prediction": model.predict(sub[cols])}).to_csv("predictions.csv", index=False)
