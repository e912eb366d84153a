"""Rent model with a building price level.

Listings in the same building are priced similarly, so the average rent of the
building is a natural feature. Evaluated with GroupKFold on building_id.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import GroupKFold, cross_val_score
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.dummy import DummyRegressor

df = pd.read_csv("train.csv")
df["building_age"] = 2024 - df["year_built"]
df["sqm_per_room"] = df["sqm"] / df["rooms"].clip(lower=1)

# building level: mean rent and mean rent per sqm of the building's listings
bld = df.groupby("building_id").agg(bld_mean_rent=("monthly_rent", "mean"))
bld["bld_mean_rent_sqm"] = (df.groupby("building_id")["monthly_rent"].sum()
                            / df.groupby("building_id")["sqm"].sum())
df = df.join(bld, on="building_id")
df = pd.get_dummies(df, columns=["neighbourhood", "energy_label"], dtype=int)

FEATURES = ["sqm", "rooms", "floor", "building_age", "sqm_per_room", "has_balcony", "has_elevator",
            "furnished", "distance_to_center_km", "bld_mean_rent", "bld_mean_rent_sqm"]
FEATURES += [c for c in df.columns if c.startswith(("neighbourhood_", "energy_label_"))]

X, y, groups = df[FEATURES], df["monthly_rent"], df["building_id"]
cv = GroupKFold(n_splits=5)

hgb = HistGradientBoostingRegressor(max_iter=500, learning_rate=0.05, random_state=0)
mae_model = -cross_val_score(hgb, X, y, groups=groups, cv=cv, scoring="neg_mean_absolute_error")
mae_base = -cross_val_score(DummyRegressor(strategy="median"), X, y, groups=groups, cv=cv,
                            scoring="neg_mean_absolute_error")

print("MAE per fold (hgb):     ", mae_model.round(1))
print("MAE per fold (baseline):", mae_base.round(1))
print(f"HGB {mae_model.mean():.1f} EUR vs median baseline {mae_base.mean():.1f} EUR")

hgb.fit(X, y)
test = pd.read_csv("test.csv")
test["building_age"] = 2024 - test["year_built"]
test["sqm_per_room"] = test["sqm"] / test["rooms"].clip(lower=1)
test = test.join(bld, on="building_id")
test = pd.get_dummies(test, columns=["neighbourhood", "energy_label"], dtype=int)
test = test.reindex(columns=["listing_id"] + FEATURES, fill_value=0)
pd.DataFrame({"listing_id": test["listing_id"], "prediction": hgb.predict(test[FEATURES])}).to_csv("predictions.csv", index=False)
