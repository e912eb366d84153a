# Turbofan RUL: correlation screening + gradient boosting
# Keep sensors whose |Pearson r| with RUL is above 0.5, drop the rest (noise / flat channels).

import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.model_selection import GroupShuffleSplit
from sklearn.metrics import mean_absolute_error, mean_squared_error

R_MIN = 0.5

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
train["rul_c"] = np.minimum(train["rul"], 125)

candidates = [c for c in train.columns if c.startswith("s_") or c.startswith("op_setting")]
corr = train[candidates + ["rul_c"]].corr()["rul_c"].drop("rul_c")
print(corr.abs().sort_values(ascending=False).round(3).to_string())

keep = corr[corr.abs() > R_MIN].index.tolist()
print(f"\nkept {len(keep)} of {len(candidates)}: {keep}")

gss = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=17)
i_tr, i_te = next(gss.split(train, groups=train["unit_id"]))
tr, te = train.iloc[i_tr], train.iloc[i_te]

# baseline: predict the mean clipped RUL of the training engines
base_pred = np.full(len(te), tr["rul_c"].mean())
print("baseline  MAE %.2f  RMSE %.2f" % (mean_absolute_error(te["rul_c"], base_pred),
                                         mean_squared_error(te["rul_c"], base_pred) ** 0.5))

gbr = GradientBoostingRegressor(n_estimators=500, learning_rate=0.05, max_depth=4,
                                subsample=0.8, loss="huber", random_state=17)
gbr.fit(tr[keep], tr["rul_c"])
p = gbr.predict(te[keep])
print("GBR       MAE %.2f  RMSE %.2f" % (mean_absolute_error(te["rul_c"], p),
                                         mean_squared_error(te["rul_c"], p) ** 0.5))

gbr.fit(train[keep], train["rul_c"])
pd.DataFrame({"row_id": test["row_id"], "prediction": gbr.predict(test[keep])}).to_csv("predictions.csv", index=False)
