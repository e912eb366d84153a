"""Rental price model with neighbourhood rent-level encoding learned on the training split only."""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, r2_score
from sklearn.model_selection import train_test_split

SEED = 2024
ENERGY = {"A": 7, "B": 6, "C": 5, "D": 4, "E": 3, "F": 2, "G": 1, "unknown": 0}
BASE_FEATURES = ["sqm", "rooms", "bathrooms", "floor", "has_elevator", "has_balcony", "furnished",
                 "age", "dist_center_km", "rooms_per_sqm", "top_floor_no_lift", "energy_score"]


def clean(d):
    d = d.copy()
    d["sqm"] = d["sqm"].clip(10, 400)
    d["age"] = 2024 - d["year_built"].clip(1850, 2024)
    d["rooms_per_sqm"] = d["rooms"] / d["sqm"]
    d["top_floor_no_lift"] = ((d["floor"] >= 4) & (d["has_elevator"] == 0)).astype(int)
    d["energy_score"] = d["energy_label"].fillna("unknown").map(ENERGY).fillna(0)
    d["furnished"] = d["furnished"].astype(int)
    return d


def neighbourhood_encoder(fit_rows, smoothing=20):
    """Smoothed neighbourhood rent levels computed from the rows passed in."""
    rps = fit_rows["monthly_rent"] / fit_rows["sqm"]
    global_rent, global_rps = fit_rows["monthly_rent"].mean(), rps.mean()
    g = fit_rows.assign(rps=rps).groupby("neighborhood").agg(
        n=("monthly_rent", "size"), rent=("monthly_rent", "mean"), rps=("rps", "mean"))
    w = g["n"] / (g["n"] + smoothing)
    table = pd.DataFrame({
        "nb_rent": w * g["rent"] + (1 - w) * global_rent,
        "nb_rent_sqm": w * g["rps"] + (1 - w) * global_rps,
        "nb_count": g["n"],
    })
    defaults = {"nb_rent": global_rent, "nb_rent_sqm": global_rps, "nb_count": 0}
    return table, defaults


def apply_encoder(d, table, defaults):
    out = d.merge(table, left_on="neighborhood", right_index=True, how="left")
    return out.fillna(value=defaults)


listings = clean(pd.read_csv("train.csv"))
new_listings = clean(pd.read_csv("test.csv"))

tr, val = train_test_split(listings, test_size=0.2, random_state=SEED)
table, defaults = neighbourhood_encoder(tr)
tr = apply_encoder(tr, table, defaults)
val = apply_encoder(val, table, defaults)

FEATURES = BASE_FEATURES + ["nb_rent", "nb_rent_sqm", "nb_count"]
gbr = HistGradientBoostingRegressor(max_iter=500, learning_rate=0.05, max_leaf_nodes=31,
                                    l2_regularization=1.0, random_state=0)
gbr.fit(tr[FEATURES], tr["monthly_rent"])
pred = gbr.predict(val[FEATURES])

baseline_pred = np.full(len(val), tr["monthly_rent"].median())
print("median baseline MAE:", round(mean_absolute_error(val["monthly_rent"], baseline_pred), 1))
print("GBR MAE:", round(mean_absolute_error(val["monthly_rent"], pred), 1),
      "R2:", round(r2_score(val["monthly_rent"], pred), 3))

err = (val["monthly_rent"] - pred).abs()
print(val.assign(err=err).groupby("rooms")["err"].mean().round(1))

# final fit: encoder and model on all labelled listings
table, defaults = neighbourhood_encoder(listings)
full = apply_encoder(listings, table, defaults)
new_enc = apply_encoder(new_listings, table, defaults)
gbr.fit(full[FEATURES], full["monthly_rent"])
pd.DataFrame({"listing_id": new_enc["listing_id"],
              "prediction": gbr.predict(new_enc[FEATURES])}).to_csv("predictions.csv", index=False)
