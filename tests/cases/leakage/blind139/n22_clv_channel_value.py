# CLV take-home
# Idea: acquisition channel / country are strong signals of customer quality. Instead of one-hot,
# encode them by the average 12-month revenue of customers from that channel (smoothed).

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score

TARGET = "revenue_12m"
TIME = "signup_month"
ID = "customer_id"

df = pd.read_csv("train.csv", parse_dates=[TIME])
test = pd.read_csv("test.csv", parse_dates=[TIME])


def smoothed_mean(frame, col, target, m=50):
    prior = frame[target].mean()
    agg = frame.groupby(col)[target].agg(["sum", "count"])
    return (agg["sum"] + m * prior) / (agg["count"] + m), prior


encoders = {}
for col in ["acquisition_channel", "country", "device"]:
    enc, prior = smoothed_mean(df, col, TARGET)
    encoders[col] = (enc, prior)
    df[col + "_value"] = df[col].map(enc)
    test[col + "_value"] = test[col].map(enc).fillna(prior)

for d in (df, test):
    d["aov_first_30d"] = d["spend_first_30d"] / d["orders_first_30d"].clip(lower=1)
    d["coupon_first"] = d["used_coupon"].astype(int)
    d["newsletter"] = d["newsletter_opt_in"].astype(int)
    d["age_band_code"] = d["age_band"].map({"18-24": 0, "25-34": 1, "35-44": 2, "45-54": 3, "55+": 4})

FEATS = ["first_order_value", "first_order_items", "orders_first_30d", "spend_first_30d",
         "aov_first_30d", "coupon_first", "newsletter", "age_band_code",
         "acquisition_channel_value", "country_value", "device_value"]

# time-based validation: last four signup months held out
last_months = sorted(df[TIME].unique())[-4:]
is_val = df[TIME].isin(last_months)
trn, val = df[~is_val], df[is_val]

reg = xgb.XGBRegressor(objective="reg:tweedie", tweedie_variance_power=1.4, n_estimators=800,
                       learning_rate=0.03, max_depth=5, subsample=0.8, colsample_bytree=0.8)
reg.fit(trn[FEATS], trn[TARGET])
p = reg.predict(val[FEATS])

baseline = np.full(len(val), trn[TARGET].mean())
print("validation cohorts:", [str(pd.Timestamp(m).date()) for m in last_months])
print(f"mean baseline : MAE {mean_absolute_error(val[TARGET], baseline):.2f} "
      f"RMSE {mean_squared_error(val[TARGET], baseline) ** 0.5:.2f}")
print(f"xgb tweedie   : MAE {mean_absolute_error(val[TARGET], p):.2f} "
      f"RMSE {mean_squared_error(val[TARGET], p) ** 0.5:.2f} R2 {r2_score(val[TARGET], p):.3f}")

print(pd.Series(reg.feature_importances_, index=FEATS).sort_values(ascending=False))

reg.fit(df[FEATS], df[TARGET])
pd.DataFrame({ID: test[ID], "prediction": reg.predict(test[FEATS])}).to_csv("predictions.csv", index=False)
