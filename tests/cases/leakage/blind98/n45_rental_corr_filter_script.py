# rental price - amenity features + correlation filter, host-grouped holdout
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score
from sklearn.model_selection import GroupShuffleSplit

AMENITIES = ["Wifi", "Kitchen", "Air conditioning", "Heating", "Washer", "Dryer", "Free parking", "Paid parking",
             "Pool", "Hot tub", "Gym", "Elevator", "Balcony", "Patio", "Garden", "BBQ grill", "Fireplace",
             "Dishwasher", "Coffee maker", "Microwave", "Oven", "Iron", "Hair dryer", "TV", "Netflix",
             "Workspace", "Crib", "High chair", "Pets allowed", "Smoking allowed", "Self check-in", "Lockbox",
             "Beachfront", "Waterfront", "Lake access", "Ski-in/Ski-out", "EV charger", "Sauna", "Piano", "Bathtub"]
BASE = ["accommodates", "bedrooms", "bathrooms", "beds", "minimum_nights", "number_of_reviews", "review_score",
        "latitude", "longitude", "host_listings_count", "availability_365"]


def amenity_frame(d):
    am = d["amenities"].fillna("")
    out = pd.DataFrame({f"am_{a.lower().replace(' ', '_').replace('/', '_')}": am.str.contains(a, case=False, regex=False).astype(int)
                        for a in AMENITIES}, index=d.index)
    out["n_amenities"] = am.str.count(",") + 1
    return out


def features(d):
    f = pd.concat([d[BASE], amenity_frame(d),
                   pd.get_dummies(d[["room_type", "property_type", "neighbourhood"]], dtype=int)], axis=1)
    f["superhost"] = (d["host_is_superhost"] == "t").astype(int)
    f["instant"] = (d["instant_bookable"] == "t").astype(int)
    return f.fillna(-1)


df = pd.read_csv("train.csv")
df = df.drop(columns=["revenue_30d", "price_per_guest"])
y = np.log1p(df["price_per_night"])
X = features(df)
print("all features:", X.shape[1])

# keep only features that correlate with (log) price
corr = X.corrwith(y).abs().sort_values(ascending=False)
keep = corr[corr > 0.05].index.tolist()
print(len(keep), "features with |corr| > 0.05")
print(corr.head(15))
X = X[keep]

# holdout by host
gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=3)
tr, te = next(gss.split(X, y, groups=df["host_id"]))
X_tr, X_te, y_tr, y_te = X.iloc[tr], X.iloc[te], y.iloc[tr], y.iloc[te]

base = DummyRegressor(strategy="median").fit(X_tr, y_tr)
model = HistGradientBoostingRegressor(max_iter=800, learning_rate=0.04, max_leaf_nodes=48,
                                      l2_regularization=1.0, random_state=0).fit(X_tr, y_tr)
for name, m in [("baseline (median)", base), ("hgb", model)]:
    p = m.predict(X_te)
    print(f"{name:18s} RMSE(log) {mean_squared_error(y_te, p) ** 0.5:.4f}  "
          f"MAE(EUR) {mean_absolute_error(np.expm1(y_te), np.expm1(p)):.2f}  R2 {r2_score(y_te, p):.3f}")

# submission
model.fit(X, y)
test = pd.read_csv("test.csv")
X_sub = features(test).reindex(columns=keep, fill_value=0)
pd.DataFrame({"listing_id": test["listing_id"], "prediction": np.expm1(model.predict(X_sub))}).to_csv(
    "predictions.csv", index=False)
