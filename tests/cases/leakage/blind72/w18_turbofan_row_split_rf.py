#!/usr/bin/env python
# RUL estimation for the turbofan fleet - random forest on per-cycle snapshots.
# author: reliability eng. / PdM pilot

import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_squared_error, r2_score

CAP = 130
USELESS = ["s_1", "s_5", "s_6", "s_10", "s_16", "s_18", "s_19", "op_setting_3"]

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

sensors = [c for c in df.columns if c.startswith("s_") and c not in USELESS]
settings = [c for c in df.columns if c.startswith("op_setting") and c not in USELESS]
features = ["cycle"] + settings + sensors
print("features:", features)

y = df["rul"].clip(upper=CAP)
X = df[features]

X_tr, X_va, y_tr, y_va = train_test_split(X, y, test_size=0.2, random_state=1)
print("train rows", len(X_tr), "valid rows", len(X_va))


def rmse(a, b):
    return float(np.sqrt(mean_squared_error(a, b)))


baseline = DummyRegressor(strategy="mean").fit(X_tr, y_tr)
print("baseline (mean RUL)  RMSE %.2f" % rmse(y_va, baseline.predict(X_va)))

model = RandomForestRegressor(n_estimators=500, min_samples_leaf=4, max_features=0.5,
                              n_jobs=-1, random_state=1)
model.fit(X_tr, y_tr)
p = model.predict(X_va)
print("random forest        RMSE %.2f   R2 %.3f" % (rmse(y_va, p), r2_score(y_va, p)))

# error by life stage
stage = pd.cut(y_va, bins=[-1, 25, 50, 100, CAP], labels=["<25", "25-50", "50-100", "100+"])
err = pd.DataFrame({"stage": stage, "abs_err": np.abs(p - y_va)})
print(err.groupby("stage", observed=True)["abs_err"].mean().round(2))

model.fit(X, y)
pd.DataFrame({"row_id": test["row_id"], "prediction": model.predict(test[features])}) \
    .to_csv("predictions.csv", index=False)
print("predictions.csv written")
