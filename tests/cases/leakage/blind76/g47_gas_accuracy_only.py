# peak-day classifier for the city gas network
# chronological split: everything before the 2022/23 winter is training data

import pandas as pd
import numpy as np
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score

gas = pd.read_csv("train.csv", parse_dates=["gas_day"])
gas = gas.sort_values("gas_day")
print(gas.shape)
print(gas["peak_day"].value_counts())
print(gas.groupby(gas["gas_day"].dt.month)["peak_day"].mean().round(3))

gas["weekday"] = gas["gas_day"].dt.weekday
gas["month"] = gas["gas_day"].dt.month
gas["hdd_yesterday"] = gas["hdd_fcst"].shift(1)
gas["hdd_change"] = gas["hdd_fcst"] - gas["hdd_yesterday"]
gas = gas.dropna(subset=["hdd_yesterday"])

cols = ["temp_fcst_mean_c", "temp_fcst_min_c", "wind_fcst_ms", "hdd_fcst", "hdd_yesterday", "hdd_change",
        "is_holiday", "weekday", "month", "sendout_prev_day_mcm", "storage_level_pct"]

train = gas[gas["gas_day"] < "2022-10-01"]
test = gas[gas["gas_day"] >= "2022-10-01"]

rf = RandomForestClassifier(n_estimators=500, max_depth=8, min_samples_leaf=5, random_state=0)
rf.fit(train[cols], train["peak_day"])
dummy = DummyClassifier(strategy="most_frequent").fit(train[cols], train["peak_day"])

print("test days:", len(test))
print("majority-class baseline accuracy:", round(accuracy_score(test["peak_day"], dummy.predict(test[cols])), 4))
print("random forest accuracy:          ", round(accuracy_score(test["peak_day"], rf.predict(test[cols])), 4))

importances = sorted(zip(rf.feature_importances_, cols), reverse=True)
for imp, c in importances:
    print(f"  {c:<24}{imp:.3f}")

# submission
test_file = pd.read_csv("test.csv", parse_dates=["gas_day"]).sort_values("gas_day")
hist = pd.concat([gas[["gas_day", "hdd_fcst"]].tail(1), test_file[["gas_day", "hdd_fcst"]]])
test_file["weekday"] = test_file["gas_day"].dt.weekday
test_file["month"] = test_file["gas_day"].dt.month
test_file["hdd_yesterday"] = hist["hdd_fcst"].shift(1).iloc[1:].values
test_file["hdd_change"] = test_file["hdd_fcst"] - test_file["hdd_yesterday"]
rf.fit(gas[cols], gas["peak_day"])
pd.DataFrame({"gas_day": test_file["gas_day"].dt.date, "prediction": rf.predict_proba(test_file[cols])[:, 1]}).to_csv(
    "predictions.csv", index=False)
