# ETA: prune the feature set with RFE, then evaluate with courier-grouped CV
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import ExtraTreesRegressor
from sklearn.feature_selection import RFE
from sklearn.model_selection import GroupKFold, cross_val_score

orders = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

# one-hot + a few interactions -> ~40 candidate columns
cat = ["vehicle_type", "weather", "traffic_level"]
full = pd.concat([orders.assign(_part="train"), test.assign(_part="test")], ignore_index=True)
full = pd.get_dummies(full, columns=cat, dtype=float)
full["dist_sq"] = full["distance_km"] ** 2
full["dist_x_items"] = full["distance_km"] * full["items_count"]
full["prep_x_items"] = full["prep_time_est"] * full["items_count"]
full["late_evening"] = (full["hour"] >= 21).astype(float)
full["lunch"] = full["hour"].between(11, 14).astype(float)
full["dinner"] = full["hour"].between(18, 20).astype(float)
full["experience_log"] = np.log1p(full["courier_experience_days"])
for t in [c for c in full.columns if c.startswith("traffic_level_")]:
    full["dist_x_" + t] = full["distance_km"] * full[t]

orders_f = full[full["_part"] == "train"].reset_index(drop=True)
test_f = full[full["_part"] == "test"].reset_index(drop=True)

drop = ["order_id", "courier_id", "restaurant_id", "customer_rating", "delivery_minutes", "_part"]
candidates = [c for c in orders_f.columns if c not in drop]
X = orders_f[candidates]
y = orders_f["delivery_minutes"]
groups = orders_f["courier_id"]
print(len(candidates), "candidate features")

rfe = RFE(ExtraTreesRegressor(n_estimators=200, min_samples_leaf=5, n_jobs=-1, random_state=0),
          n_features_to_select=15, step=3)
rfe.fit(X, y)
selected = list(X.columns[rfe.support_])
print("selected:", selected)

model = ExtraTreesRegressor(n_estimators=400, min_samples_leaf=3, n_jobs=-1, random_state=0)
gkf = GroupKFold(n_splits=5)
mae_model = -cross_val_score(model, X[selected], y, groups=groups, cv=gkf, scoring="neg_mean_absolute_error")
mae_dummy = -cross_val_score(DummyRegressor(strategy="median"), X[selected], y, groups=groups, cv=gkf,
                             scoring="neg_mean_absolute_error")
print("median baseline MAE: %.2f" % mae_dummy.mean())
print("extra trees MAE    : %.2f +- %.2f" % (mae_model.mean(), mae_model.std()))

model.fit(X[selected], y)
pd.DataFrame({"order_id": test_f["order_id"], "prediction": model.predict(test_f[selected])}).to_csv(
    "predictions.csv", index=False)
