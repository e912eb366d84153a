"""Rent prediction from structured columns plus the listing description.

Everything learned from data (TF-IDF vocabulary/idf, one-hot levels, scaling)
lives in one Pipeline, so cross-validation refits it inside every fold.
"""
import re

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer, TransformedTargetRegressor
from sklearn.dummy import DummyRegressor
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import Ridge
from sklearn.model_selection import KFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer, OneHotEncoder, StandardScaler

NUMERIC = ["sqm", "rooms", "bathrooms", "floor", "has_elevator", "has_balcony", "furnished",
           "dist_center_km", "year_built"]
CATEG = ["neighborhood", "energy_label"]
TEXT = "desc_clean"


def normalise(text: str) -> str:
    text = text.lower()
    text = re.sub(r"\d+", " NUM ", text)
    return re.sub(r"[^a-z ]", " ", text)


def load(path):
    d = pd.read_csv(path)
    d["description"] = d["description"].fillna("")
    d[TEXT] = d["description"].map(normalise)
    d["energy_label"] = d["energy_label"].fillna("na")
    return d


data = load("train.csv")
subm = load("test.csv")

features = ColumnTransformer([
    ("num", Pipeline([("log", FunctionTransformer(np.log1p)), ("scale", StandardScaler())]), NUMERIC),
    ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=10), CATEG),
    ("txt", TfidfVectorizer(min_df=5, max_df=0.9, ngram_range=(1, 2), sublinear_tf=True, max_features=20000), TEXT),
])
model = TransformedTargetRegressor(
    regressor=Pipeline([("features", features), ("ridge", Ridge(alpha=3.0))]),
    func=np.log, inverse_func=np.exp,
)
baseline = DummyRegressor(strategy="median")

X = data[NUMERIC + CATEG + [TEXT]]
y = data["monthly_rent"]
cv = KFold(n_splits=5, shuffle=True, random_state=17)
scoring = {"mae": "neg_mean_absolute_error", "r2": "r2"}

for name, est in [("baseline", baseline), ("ridge text+struct", model)]:
    res = cross_validate(est, X, y, cv=cv, scoring=scoring)
    print(f"{name:18s} MAE={-res['test_mae'].mean():8.1f} (+/- {res['test_mae'].std():.1f})  "
          f"R2={res['test_r2'].mean():.3f}")

model.fit(X, y)
vocab = model.regressor_.named_steps["features"].named_transformers_["txt"].get_feature_names_out()
print("vocabulary size:", len(vocab))

pred = model.predict(subm[NUMERIC + CATEG + [TEXT]])
pd.DataFrame({"listing_id": subm["listing_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
