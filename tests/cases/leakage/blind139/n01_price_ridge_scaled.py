"""Nightly price model for the listings take-home.

Plan: log-price target, one-hot categoricals, scaled numerics, RidgeCV.
Validation: 80/20 random split, metrics on the original price scale.
"""
import json

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import RidgeCV
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

task = json.load(open("task.json"))
TARGET = task["target"]
ID = task["id_column"]

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(train.shape, test.shape)
print(train[TARGET].describe(percentiles=[0.01, 0.5, 0.99]))

# obvious data-entry errors: free listings and > 20k per night
train = train[(train[TARGET] > 0) & (train[TARGET] < 20000)].reset_index(drop=True)


def add_features(d):
    d = d.copy()
    d["beds_per_guest"] = d["beds"] / d["accommodates"].clip(lower=1)
    d["baths_per_bedroom"] = d["bathrooms"] / (d["bedrooms"].fillna(0) + 1)
    d["log_reviews"] = np.log1p(d["number_of_reviews"])
    d["superhost"] = (d["host_is_superhost"] == "t").astype(int)
    return d


train = add_features(train)
test = add_features(test)

cat_cols = ["neighbourhood", "room_type"]
num_cols = [
    "accommodates", "bedrooms", "bathrooms", "beds", "minimum_nights",
    "number_of_reviews", "review_scores_rating", "latitude", "longitude",
    "amenities_count", "availability_365", "beds_per_guest",
    "baths_per_bedroom", "log_reviews", "superhost",
]

preprocess = ColumnTransformer(
    [
        ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), num_cols),
        ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=20), cat_cols),
    ]
)

X_all = preprocess.fit_transform(train)
y_all = np.log1p(train[TARGET].to_numpy())

X_tr, X_va, y_tr, y_va = train_test_split(X_all, y_all, test_size=0.2, random_state=42)

model = RidgeCV(alphas=np.logspace(-3, 3, 25))
model.fit(X_tr, y_tr)
print("chosen alpha:", model.alpha_)

pred_va = np.expm1(model.predict(X_va))
true_va = np.expm1(y_va)

# naive reference: every listing priced at the training median
median_pred = np.full_like(true_va, np.expm1(np.median(y_tr)))


def report(name, y_true, y_pred):
    mae = mean_absolute_error(y_true, y_pred)
    rmse = mean_squared_error(y_true, y_pred) ** 0.5
    r2 = r2_score(y_true, y_pred)
    print(f"{name:>14}: MAE={mae:8.2f}  RMSE={rmse:8.2f}  R2={r2:6.3f}")


report("median price", true_va, median_pred)
report("ridge", true_va, pred_va)

# refit on everything and write the submission
model.fit(X_all, y_all)
test_pred = np.expm1(model.predict(preprocess.transform(test)))
pd.DataFrame({ID: test[ID], "prediction": test_pred}).to_csv("predictions.csv", index=False)
print("wrote", len(test_pred), "predictions")
