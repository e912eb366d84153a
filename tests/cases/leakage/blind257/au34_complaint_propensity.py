"""
Account complaints next week -- propensity feature + gradient boosting.

Idea: some accounts simply complain more than others (personality, business
customers, ...). An account-level propensity should help a lot on top of the
network signals. Propensity is built from the complaints the account filed in
the weeks *before* the row (complaints_this_week is known at prediction time).
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

T = "complaints_next_week"
data = pd.read_csv("train.csv", parse_dates=["week_start"])
data = data.sort_values(["account_id", "week_start"])
print(data.shape, data["account_id"].nunique(), "accounts")
print(data[T].describe())

# account propensity: how many complaints has this account raised per week so far
past = data.groupby("account_id")["complaints_this_week"]
data["acct_propensity"] = past.transform(lambda s: s.shift(1).expanding().mean())
data["acct_complaint_weeks"] = past.transform(lambda s: (s > 0).astype(float).shift(1).expanding().mean())

# network experience in the previous weeks
a = data.groupby("account_id")
data["drops_prev"] = a["dropped_calls"].shift(1)
data["outage_prev2"] = a["outage_hours_area"].transform(lambda s: s.shift(1).rolling(2, min_periods=1).sum())
data["speed_prev"] = a["avg_speed_mbps"].shift(1)
data["is_business"] = (data["plan_tier"] == "business").astype(int)

cols = ["acct_propensity", "acct_complaint_weeks", "drops_prev", "outage_prev2", "speed_prev",
        "is_business", "tenure_months", "monthly_bill", "care_contacts", "complaints_this_week",
        "dropped_calls", "outage_hours_area", "bill_shock_flag"]
data[cols] = data[cols].fillna(0)

train = data[data["week_start"] < "2023-10-01"]
test = data[data["week_start"] >= "2023-10-01"]

base = DummyRegressor(strategy="mean").fit(train[cols], train[T])
gbr = GradientBoostingRegressor(n_estimators=400, max_depth=3, learning_rate=0.05,
                                subsample=0.8, random_state=0)
gbr.fit(train[cols], train[T])

for name, m in [("mean baseline", base), ("gbr", gbr)]:
    p = m.predict(test[cols])
    print(f"{name:14s} MAE {mean_absolute_error(test[T], p):.4f}  RMSE {np.sqrt(mean_squared_error(test[T], p)):.4f}")

print(sorted(zip(gbr.feature_importances_.round(3), cols), reverse=True)[:6])
