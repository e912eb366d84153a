"""Nightly price model - 5-fold CV evaluation + submission.

All preprocessing is inside the pipeline, so every fold fits its own imputer / scaler / encoder.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.impute import SimpleImputer
from sklearn.linear_model import Ridge
from sklearn.model_selection import KFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

NUM = ["accommodates", "bedrooms", "bathrooms", "beds", "minimum_nights", "number_of_reviews",
       "review_score", "latitude", "longitude", "host_listings_count", "availability_365", "n_amenities"]
CAT = ["room_type", "property_type", "neighbourhood", "host_is_superhost", "instant_bookable"]


def load(path):
    d = pd.read_csv(path)
    d["n_amenities"] = d["amenities"].fillna("").str.count(",") + 1
    return d


def build(model, scale):
    num_steps = [("impute", SimpleImputer(strategy="median"))]
    if scale:
        num_steps.append(("scale", StandardScaler()))
    pre = ColumnTransformer([
        ("num", Pipeline(num_steps), NUM),
        ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=10), CAT),
    ], sparse_threshold=0.0)
    return Pipeline([("pre", pre), ("model", model)])


def main():
    df = load("train.csv")
    X = df[NUM + CAT]
    y = np.log1p(df["price_per_night"])

    kf = KFold(n_splits=5, shuffle=True, random_state=0)
    candidates = {
        "baseline (mean)": build(DummyRegressor(strategy="mean"), scale=False),
        "ridge": build(Ridge(alpha=3.0), scale=True),
        "hist gradient boosting": build(HistGradientBoostingRegressor(max_iter=700, learning_rate=0.05,
                                                                      max_leaf_nodes=63, random_state=0), scale=False),
    }
    summary = {}
    for name, pipe in candidates.items():
        cv = cross_validate(pipe, X, y, cv=kf, scoring=["neg_root_mean_squared_error", "r2"])
        summary[name] = (-cv["test_neg_root_mean_squared_error"].mean(), cv["test_r2"].mean())
        print(f"{name:24s} RMSE(log) {summary[name][0]:.4f}  R2 {summary[name][1]:.3f}")

    best = min(summary, key=lambda k: summary[k][0])
    print("best:", best)

    final = candidates[best].fit(X, y)
    test = load("test.csv")
    pd.DataFrame({"listing_id": test["listing_id"],
                  "prediction": np.expm1(final.predict(test[NUM + CAT]))}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
