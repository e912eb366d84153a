# QuickCart take-home -- delivery_hours with a k-NN regressor.
# Idea: shipments that look alike (distance, weight, zone density, hour) take
# similar time. kNN needs features on one scale, so standardise first.
import numpy as np
import pandas as pd
from sklearn.neighbors import KNeighborsRegressor
from sklearn.metrics import mean_absolute_error

NUM = ["distance_km", "weight_kg", "n_parcels", "promised_hours", "traffic_index",
       "tenure_months", "density", "n_stops_avg", "hour_sin", "hour_cos"]

ship = pd.read_csv("train.csv", parse_dates=["dispatched_at"])
zones = pd.read_csv("zones.csv")
couriers = pd.read_csv("couriers.csv")
df = (ship.merge(zones, left_on="dest_zone", right_on="zone_id", how="left")
          .merge(couriers, on="courier_id", how="left"))

h = df["dispatched_at"].dt.hour
df["hour_sin"] = np.sin(2 * np.pi * h / 24)
df["hour_cos"] = np.cos(2 * np.pi * h / 24)
df["express"] = (df["service_level"] != "standard").astype(int)
FEATS = NUM + ["express"]

# chronological holdout: last 20% of dispatches
df = df.sort_values("dispatched_at").reset_index(drop=True)
n_train = int(len(df) * 0.8)
train, valid = df.iloc[:n_train].copy(), df.iloc[n_train:].copy()
print("train until", train.dispatched_at.max(), "| valid from", valid.dispatched_at.min())

# fill gaps and standardise with the training period's statistics only
med, mu, sd = train[NUM].median(), train[NUM].mean(), train[NUM].std()
for part in (train, valid):
    part[NUM] = (part[NUM].fillna(med) - mu) / sd

mean_pred = np.repeat(train["delivery_hours"].mean(), len(valid))
print("baseline (train mean) MAE:", round(mean_absolute_error(valid["delivery_hours"], mean_pred), 2))

for k in [25]:
    knn = KNeighborsRegressor(n_neighbors=k, weights="distance")
    knn.fit(train[FEATS], train["delivery_hours"])
    print(f"kNN k={k} MAE:", round(mean_absolute_error(valid["delivery_hours"], knn.predict(valid[FEATS])), 2))

# ---- submission: refit on all of train.csv and score test.csv
test_df = pd.read_csv("test.csv", parse_dates=["dispatched_at"])
test_df = (test_df.merge(zones, left_on="dest_zone", right_on="zone_id", how="left")
                  .merge(couriers, on="courier_id", how="left"))
ht = test_df["dispatched_at"].dt.hour
test_df["hour_sin"] = np.sin(2 * np.pi * ht / 24)
test_df["hour_cos"] = np.cos(2 * np.pi * ht / 24)
full = (ship.merge(zones, left_on="dest_zone", right_on="zone_id", how="left")
            .merge(couriers, on="courier_id", how="left"))
full["hour_sin"] = np.sin(2 * np.pi * full["dispatched_at"].dt.hour / 24)
full["hour_cos"] = np.cos(2 * np.pi * full["dispatched_at"].dt.hour / 24)
mu, sd, med = full[NUM].mean(), full[NUM].std(), full[NUM].median()
for d in (full, test_df):
    d[NUM] = (d[NUM].fillna(med) - mu) / sd
    d["express"] = (d["service_level"] != "standard").astype(int)

final = KNeighborsRegressor(n_neighbors=25, weights="distance").fit(full[FEATS], full["delivery_hours"])
pd.DataFrame({"shipment_id": test_df["shipment_id"],
              "prediction": final.predict(test_df[FEATS])}).to_csv("predictions.csv", index=False)
print("wrote predictions.csv")
