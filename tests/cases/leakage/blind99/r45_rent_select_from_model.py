"""Rent: prune weak features with a random forest, then gradient boosting.

1. one-hot neighbourhood / energy label + numeric fields
2. SelectFromModel(RandomForest) keeps features above median importance
3. holdout of whole buildings (GroupShuffleSplit), HGB vs a median baseline
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestRegressor, HistGradientBoostingRegressor
from sklearn.feature_selection import SelectFromModel
from sklearn.model_selection import GroupShuffleSplit
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error

df = pd.read_csv("train.csv")
df["building_age"] = 2024 - df["year_built"]
df["sqm_per_room"] = df["sqm"] / df["rooms"].clip(lower=1)
df["floor"] = df["floor"].fillna(0)
df["building_age"] = df["building_age"].fillna(-1)
df["distance_to_center_km"] = df["distance_to_center_km"].fillna(-1)
df = pd.get_dummies(df, columns=["neighbourhood", "energy_label"], dtype=int)

candidates = ["sqm", "rooms", "floor", "building_age", "sqm_per_room", "has_balcony", "has_elevator",
              "furnished", "distance_to_center_km"] + \
             [c for c in df.columns if c.startswith(("neighbourhood_", "energy_label_"))]
X_all = df[candidates]
y_all = np.log(df["monthly_rent"])

# --- feature pruning ---
sfm = SelectFromModel(RandomForestRegressor(n_estimators=200, min_samples_leaf=5, n_jobs=-1, random_state=0),
                      threshold="median")
sfm.fit(X_all, y_all)
selected = list(X_all.columns[sfm.get_support()])
print(f"{len(selected)} / {len(candidates)} features kept")
print(selected)

# --- holdout by building ---
gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=8)
tr, te = next(gss.split(df, groups=df["building_id"]))
X_tr, X_te = X_all.iloc[tr][selected], X_all.iloc[te][selected]
y_tr, y_te = y_all.iloc[tr], df["monthly_rent"].iloc[te]

hgb = HistGradientBoostingRegressor(max_iter=500, learning_rate=0.05, random_state=0).fit(X_tr, y_tr)
base = DummyRegressor(strategy="median").fit(X_tr, y_tr)
for name, m in [("baseline", base), ("hgb", hgb)]:
    p = np.exp(m.predict(X_te))
    print(f"{name:8s} MAE {mean_absolute_error(y_te, p):7.1f}   MAPE {mean_absolute_percentage_error(y_te, p):.3f}")

# --- submission ---
hgb.fit(X_all[selected], y_all)
test = pd.read_csv("test.csv")
test["building_age"] = (2024 - test["year_built"]).fillna(-1)
test["sqm_per_room"] = test["sqm"] / test["rooms"].clip(lower=1)
test["floor"] = test["floor"].fillna(0)
test["distance_to_center_km"] = test["distance_to_center_km"].fillna(-1)
test = pd.get_dummies(test, columns=["neighbourhood", "energy_label"], dtype=int)
test = test.reindex(columns=["listing_id"] + selected, fill_value=0)
pd.DataFrame({"listing_id": test["listing_id"], "prediction": np.exp(hgb.predict(test[selected]))}).to_csv("predictions.csv", index=False)
