"""Airbnb listing price regression (method-chaining style)."""
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error, r2_score
from sklearn.model_selection import train_test_split

pd.set_option("display.width", 140)

COLS = ["id", "host_id", "neighbourhood_cleansed", "room_type", "property_type", "accommodates",
        "bedrooms", "beds", "bathrooms", "minimum_nights", "number_of_reviews",
        "review_scores_rating", "availability_365", "calculated_host_listings_count", "price"]


def clean_price(s):
    return s.str.replace(r"[$,]", "", regex=True).astype(float)


def drop_extremes(df):
    # stateless business rule: nobody rents at these prices
    return df.loc[df["price"].between(10, 2000)]


listings = (
    pd.read_csv("listings.csv", usecols=COLS)
    .rename(columns={"neighbourhood_cleansed": "neighbourhood"})
    .assign(price=lambda d: clean_price(d["price"]))
    .pipe(drop_extremes)
    .assign(
        log_price=lambda d: np.log1p(d["price"]),
        beds=lambda d: d["beds"].fillna(1),
        bedrooms=lambda d: d["bedrooms"].fillna(1),
        bathrooms=lambda d: d["bathrooms"].fillna(1),
        review_scores_rating=lambda d: d["review_scores_rating"].fillna(0),
        has_reviews=lambda d: (d["number_of_reviews"] > 0).astype(int),
        people_per_bedroom=lambda d: d["accommodates"] / d["bedrooms"].clip(lower=1),
    )
)
print(listings.shape)
print(listings["room_type"].value_counts())

listings = listings.assign(
    neigh_mean_price=lambda d: d.groupby("neighbourhood")["log_price"].transform("mean"),
    room_mean_price=lambda d: d["room_type"].map(d.groupby("room_type")["log_price"].mean()),
)
print(listings[["neighbourhood", "neigh_mean_price"]].drop_duplicates().head(10))

features = (
    listings
    .pipe(pd.get_dummies, columns=["room_type"], dtype=int)
    .drop(columns=["id", "host_id", "neighbourhood", "property_type", "price", "log_price"])
)
target = listings["log_price"]

X_train, X_test, y_train, y_test = train_test_split(features, target, test_size=0.2, random_state=123)

rf = RandomForestRegressor(n_estimators=400, min_samples_leaf=3, max_features=0.5,
                           n_jobs=-1, random_state=123).fit(X_train, y_train)
pred = rf.predict(X_test)
print(f"R2 (log price): {r2_score(y_test, pred):.3f}")
print(f"MAE in dollars: {mean_absolute_error(np.expm1(y_test), np.expm1(pred)):.1f}")

(pd.Series(rf.feature_importances_, index=features.columns)
   .sort_values(ascending=False)
   .head(12)
   .pipe(print))
