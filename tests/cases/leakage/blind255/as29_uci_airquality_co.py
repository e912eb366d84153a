# Air quality: estimate true CO concentration (CO(GT)) from the cheap metal-oxide sensors
# UCI AirQualityUCI.csv  (';' separated, ',' decimals, -200 = missing)
import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
from sklearn.linear_model import Ridge
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error, r2_score

aq = pd.read_csv("data/AirQualityUCI.csv", sep=";", decimal=",")
aq = aq.loc[:, ~aq.columns.str.startswith("Unnamed")].dropna(how="all")
aq["ts"] = pd.to_datetime(aq["Date"] + " " + aq["Time"], format="%d/%m/%Y %H.%M.%S")
aq = aq.sort_values("ts").set_index("ts").drop(columns=["Date", "Time"])
aq = aq.replace(-200, np.nan)
print(aq.isna().mean().round(3))

# NMHC(GT) is almost all missing
aq = aq.drop(columns=["NMHC(GT)"])
aq = aq[aq["CO(GT)"].notna()]

sensors = ["PT08.S1(CO)", "PT08.S2(NMHC)", "PT08.S3(NOx)", "PT08.S4(NO2)", "PT08.S5(O3)", "T", "RH", "AH"]

# fill sensor gaps with column means, then standardise
aq[sensors] = aq[sensors].fillna(aq[sensors].mean())
aq[sensors] = (aq[sensors] - aq[sensors].mean()) / aq[sensors].std()
aq["hour"] = aq.index.hour
aq["weekday"] = aq.index.dayofweek

feats = sensors + ["hour", "weekday"]

# train on the first ~9.5 months, test on the rest (sensor drift makes random split too optimistic)
cut = int(len(aq) * 0.8)
train, test = aq.iloc[:cut], aq.iloc[cut:]
print("train until", train.index.max(), "| test from", test.index.min())

ridge = Ridge(alpha=1.0).fit(train[feats], train["CO(GT)"])
rf = RandomForestRegressor(n_estimators=300, min_samples_leaf=3, random_state=0, n_jobs=-1)
rf.fit(train[feats], train["CO(GT)"])

for name, m in [("ridge", ridge), ("random forest", rf)]:
    p = m.predict(test[feats])
    print(f"{name:14s} MAE={mean_absolute_error(test['CO(GT)'], p):.3f}  R2={r2_score(test['CO(GT)'], p):.3f}")

# baseline: predict the training mean CO
base = np.full(len(test), train["CO(GT)"].mean())
print(f"{'mean baseline':14s} MAE={mean_absolute_error(test['CO(GT)'], base):.3f}  R2={r2_score(test['CO(GT)'], base):.3f}")

plt.figure(figsize=(14, 4))
plt.plot(test.index, test["CO(GT)"], label="true", lw=0.8)
plt.plot(test.index, rf.predict(test[feats]), label="rf", lw=0.8)
plt.legend()
plt.savefig("co_test.png")
