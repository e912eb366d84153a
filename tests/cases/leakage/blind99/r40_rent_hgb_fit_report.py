# Rent model: gradient boosting, fit quality report.
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error, r2_score

listings = pd.read_csv("train.csv")
print(listings.shape)

listings["building_age"] = 2024 - listings["year_built"]
listings["sqm_per_room"] = listings["sqm"] / listings["rooms"].clip(lower=1)
listings["log_sqm"] = np.log(listings["sqm"])
X = pd.get_dummies(
    listings[["log_sqm", "rooms", "floor", "building_age", "sqm_per_room", "has_balcony", "has_elevator",
              "furnished", "distance_to_center_km", "neighbourhood", "energy_label"]],
    columns=["neighbourhood", "energy_label"], dtype=int,
)
y = listings["monthly_rent"]

model = HistGradientBoostingRegressor(max_iter=800, learning_rate=0.05, max_leaf_nodes=63, random_state=0)
model.fit(X, np.log(y))
fitted = np.exp(model.predict(X))

# baseline: predicting the average rent for every listing
baseline_pred = np.full(len(y), y.mean())

print("                 MAE     MAPE    R2")
print(f"baseline    {mean_absolute_error(y, baseline_pred):8.1f} {mean_absolute_percentage_error(y, baseline_pred):8.3f} {r2_score(y, baseline_pred):6.3f}")
print(f"HGB         {mean_absolute_error(y, fitted):8.1f} {mean_absolute_percentage_error(y, fitted):8.3f} {r2_score(y, fitted):6.3f}")

by_nbh = (pd.DataFrame({"nbh": listings["neighbourhood"], "ape": (y - fitted).abs() / y})
          .groupby("nbh")["ape"].mean().sort_values(ascending=False))
print("worst neighbourhoods (MAPE):")
print(by_nbh.head(8).round(3))

test = pd.read_csv("test.csv")
test["building_age"] = 2024 - test["year_built"]
test["sqm_per_room"] = test["sqm"] / test["rooms"].clip(lower=1)
test["log_sqm"] = np.log(test["sqm"])
X_test = pd.get_dummies(
    test[["log_sqm", "rooms", "floor", "building_age", "sqm_per_room", "has_balcony", "has_elevator",
          "furnished", "distance_to_center_km", "neighbourhood", "energy_label"]],
    columns=["neighbourhood", "energy_label"], dtype=int,
).reindex(columns=X.columns, fill_value=0)
pd.DataFrame({"listing_id": test["listing_id"], "prediction": np.exp(model.predict(X_test))}).to_csv("predictions.csv", index=False)
