"""Review rating regression: TF-IDF + Ridge in one sklearn Pipeline.

Holdout = 20% of products (the test set contains unseen products).
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import GroupShuffleSplit
from sklearn.pipeline import Pipeline
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_squared_error, mean_absolute_error


def prepare(frame):
    frame = frame.copy()
    frame["text"] = (frame["title"].fillna("") + " . " + frame["review_text"].fillna("")).str.lower()
    frame["n_words"] = frame["text"].str.split().str.len()
    frame["n_exclaim"] = frame["text"].str.count("!")
    frame["verified"] = frame["verified_purchase"].astype(int)
    frame["log_price"] = np.log1p(frame["price"].fillna(0))
    return frame


reviews = prepare(pd.read_csv("train.csv"))
test = prepare(pd.read_csv("test.csv"))
print(reviews["rating"].describe())

SIDE = ["n_words", "n_exclaim", "verified", "log_price"]
FEATURES = ["text"] + SIDE

model = Pipeline([
    ("features", ColumnTransformer([
        ("tfidf", TfidfVectorizer(ngram_range=(1, 2), min_df=3, max_features=50000, sublinear_tf=True), "text"),
        ("side", "passthrough", SIDE),
    ])),
    ("ridge", Ridge(alpha=3.0)),
])

splitter = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=0)
tr_idx, te_idx = next(splitter.split(reviews, groups=reviews["product_id"]))
tr, te = reviews.iloc[tr_idx], reviews.iloc[te_idx]
assert not set(tr["product_id"]) & set(te["product_id"])

model.fit(tr[FEATURES], tr["rating"])
pred = np.clip(model.predict(te[FEATURES]), 1, 5)
baseline = np.full(len(te), tr["rating"].mean())

rows = []
for name, p in [("baseline: train mean", baseline), ("tfidf + ridge", pred)]:
    rows.append({"model": name,
                 "rmse": mean_squared_error(te["rating"], p) ** 0.5,
                 "mae": mean_absolute_error(te["rating"], p)})
print(pd.DataFrame(rows).round(3).to_string(index=False))

model.fit(reviews[FEATURES], reviews["rating"])
pd.DataFrame({"review_id": test["review_id"],
              "prediction": np.clip(model.predict(test[FEATURES]), 1, 5)}).to_csv("predictions.csv", index=False)
