"""Daily store sales -- gradient boosting with smoothed demand features."""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.model_selection import KFold, cross_validate

sales = pd.read_csv("store_sales.csv", parse_dates=["date"])
sales = sales.sort_values("date").reset_index(drop=True)

# fill the odd missing day from its neighbours
sales["units"] = sales["units"].interpolate(limit_direction="both")

sales["dow"] = sales["date"].dt.dayofweek
sales["month"] = sales["date"].dt.month
sales["weekofyear"] = sales["date"].dt.isocalendar().week.astype(int)

# demand level: centred weekly mean smooths out noise around each day
sales["units_smooth7"] = sales["units"].rolling(7, center=True, min_periods=1).mean()
sales["units_prev_day"] = sales["units"].shift(1)
sales["units_next_day"] = sales["units"].shift(-1)  # captures pre-holiday stocking up
sales["units_trend"] = sales["units_smooth7"].diff(7)

features = ["dow", "month", "weekofyear", "promo", "is_holiday",
            "units_smooth7", "units_prev_day", "units_next_day", "units_trend"]
data = sales.dropna(subset=features)
X, y = data[features], data["units"]

cv = KFold(n_splits=5, shuffle=True, random_state=1)
metrics = ["neg_mean_absolute_error", "r2"]
hgb = cross_validate(HistGradientBoostingRegressor(max_iter=400, random_state=1), X, y, cv=cv, scoring=metrics)
base = cross_validate(DummyRegressor(), X, y, cv=cv, scoring=metrics)

print("HGB   MAE %.2f  R2 %.3f" % (-hgb["test_neg_mean_absolute_error"].mean(), hgb["test_r2"].mean()))
print("mean  MAE %.2f  R2 %.3f" % (-base["test_neg_mean_absolute_error"].mean(), base["test_r2"].mean()))

# out-of-fold predictions for a residual check by weekday
from sklearn.model_selection import cross_val_predict

oof = cross_val_predict(HistGradientBoostingRegressor(max_iter=400, random_state=1), X, y, cv=cv)
by_dow = pd.DataFrame({"dow": X["dow"], "abs_err": np.abs(y - oof)}).groupby("dow")["abs_err"].mean()
print(by_dow.round(2))
print("worst days:")
print(data.assign(err=np.abs(y - oof)).nlargest(5, "err")[["date", "units", "promo", "is_holiday", "err"]])

model = HistGradientBoostingRegressor(max_iter=400, random_state=1).fit(X, y)
resid = y - model.predict(X)
print("in-sample residual std:", np.round(resid.std(), 2))

importance = pd.Series(
    np.abs(np.corrcoef(np.column_stack([X.to_numpy(), model.predict(X)]).T)[-1, :-1]), index=features
).sort_values(ascending=False)
print("correlation of each feature with the fitted values:")
print(importance.round(3))
