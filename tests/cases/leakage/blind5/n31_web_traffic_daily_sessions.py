"""Daily sessions forecast for the company website (export from the analytics tool).

Predict tomorrow's sessions from recent traffic, calendar and marketing activity.
Train on 2021-2022, evaluate on 2023.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error

EXPORT = "data/ga_daily_export.csv"
TEST_START = "2023-01-01"

traffic = pd.read_csv(EXPORT)
traffic["date"] = pd.to_datetime(traffic["date"], format="%Y%m%d")
# most recent day first, the way the dashboard shows it
traffic = traffic.sort_values("date", ascending=False).reset_index(drop=True)
print(traffic.head(10))
print(traffic.shape, traffic["date"].min().date(), traffic["date"].max().date())
print(traffic.describe().T.round(1))

# gaps in the export (tracking outages) are stored as 0
print("zero-session days:", (traffic["sessions"] == 0).sum())
traffic = traffic[traffic["sessions"] > 0].reset_index(drop=True)

# ------------------------------------------------------------------ features
traffic["dow"] = traffic["date"].dt.dayofweek
traffic["month"] = traffic["date"].dt.month
traffic["is_weekend"] = (traffic["dow"] >= 5).astype(int)
traffic["is_month_start"] = traffic["date"].dt.is_month_start.astype(int)
traffic["campaign_active"] = (traffic["paid_clicks"] > 0).astype(int)
traffic["log_paid_clicks"] = np.log1p(traffic["paid_clicks"])

# recent traffic
traffic["sessions_lag_1"] = traffic["sessions"].shift(1)
traffic["sessions_lag_7"] = traffic["sessions"].shift(7)
traffic["sessions_avg_7"] = traffic["sessions"].shift(1).rolling(7).mean()
traffic["sessions_avg_28"] = traffic["sessions"].shift(1).rolling(28).mean()
traffic["sessions_std_7"] = traffic["sessions"].shift(1).rolling(7).std()
traffic["new_user_share_7"] = (traffic["new_users"].shift(1).rolling(7).sum()
                               / traffic["users"].shift(1).rolling(7).sum())
traffic = traffic.dropna().reset_index(drop=True)

features = ["dow", "month", "is_weekend", "is_month_start", "campaign_active",
            "log_paid_clicks", "sessions_lag_1", "sessions_lag_7", "sessions_avg_7",
            "sessions_avg_28", "sessions_std_7", "new_user_share_7"]
print(traffic[features + ["sessions"]].corr()["sessions"].round(3))

# ------------------------------------------------------------------ time split
train = traffic[traffic["date"] < TEST_START]
test = traffic[traffic["date"] >= TEST_START]
print("train", train["date"].min().date(), "->", train["date"].max().date(), len(train))
print("test ", test["date"].min().date(), "->", test["date"].max().date(), len(test))

model = HistGradientBoostingRegressor(learning_rate=0.05, max_iter=500, max_leaf_nodes=15,
                                      l2_regularization=0.5, random_state=0)
model.fit(train[features], np.log(train["sessions"]))
pred = np.exp(model.predict(test[features]))

seasonal_naive = test["sessions_lag_7"]
print("model MAE  :", round(mean_absolute_error(test["sessions"], pred), 1))
print("model MAPE :", round(mean_absolute_percentage_error(test["sessions"], pred) * 100, 2), "%")
print("naive-7 MAE:", round(mean_absolute_error(test["sessions"], seasonal_naive), 1))

out = test[["date", "sessions"]].assign(pred=pred.round()).sort_values("date")
print(out.head(14).to_string(index=False))
