"""House prices with crepes: normalized conformal regressor on log prices.

Categoricals are one-hot encoded on train.csv and test.csv together so both get the same
columns; all numeric transforms are row-wise logs.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, r2_score
from crepes import WrapRegressor
from crepes.extras import DifficultyEstimator

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

both = pd.concat([train.assign(_part="train"), test.assign(_part="test")], ignore_index=True)
both = both.drop(columns=["price_per_sqft", "closing_cost"])
for col in ["lot_area", "living_area", "distance_to_center_km"]:
    both[col] = np.log1p(both[col])
both = pd.get_dummies(both, columns=["neighborhood", "condition"], dtype=float)

feat_cols = [c for c in both.columns if c not in ["house_id", "sale_price", "_part"]]
tr = both[both["_part"] == "train"]
te_sub = both[both["_part"] == "test"]

X = tr[feat_cols].fillna(-1).to_numpy()
y = np.log(tr["sale_price"].to_numpy())

X_dev, X_test, y_dev, y_test = train_test_split(X, y, test_size=0.2, random_state=4)
X_prop, X_cal, y_prop, y_cal = train_test_split(X_dev, y_dev, test_size=0.25, random_state=4)

rf = WrapRegressor(RandomForestRegressor(n_estimators=500, min_samples_leaf=2, oob_score=True,
                                         n_jobs=-1, random_state=4))
rf.fit(X_prop, y_prop)

de = DifficultyEstimator()
de.fit(X=X_prop, learner=rf.learner, scaler=True)
rf.calibrate(X_cal, y_cal, de=de)

pred = rf.predict(X_test)
intervals = rf.predict_int(X_test, confidence=0.9)
print(rf.evaluate(X_test, y_test, confidence=0.9))
cov = np.mean((y_test >= intervals[:, 0]) & (y_test <= intervals[:, 1]))
print(f"coverage 90%: {cov:.3f}, median width ($): {np.median(np.exp(intervals[:, 1]) - np.exp(intervals[:, 0])):,.0f}")

dummy = DummyRegressor(strategy="median").fit(X_prop, y_prop)
print(f"MAE model : {mean_absolute_error(np.exp(y_test), np.exp(pred)):,.0f}")
print(f"MAE dummy : {mean_absolute_error(np.exp(y_test), np.exp(dummy.predict(X_test))):,.0f}")
print(f"R2 (log)  : {r2_score(y_test, pred):.3f}")

Xs = te_sub[feat_cols].fillna(-1).to_numpy()
ps = rf.predict(Xs)
iv = rf.predict_int(Xs, confidence=0.9)
pd.DataFrame({"house_id": te_sub["house_id"].astype(int), "prediction": np.exp(ps),
              "lower": np.exp(iv[:, 0]), "upper": np.exp(iv[:, 1])}).to_csv("predictions.csv", index=False)
