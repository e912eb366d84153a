"""Star rating regression with LSA (TF-IDF -> TruncatedSVD) features.

Everything learned from data sits in one Pipeline, fitted on the training split.
"""
import numpy as np
import pandas as pd
from sklearn.pipeline import make_pipeline
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.decomposition import TruncatedSVD
from sklearn.preprocessing import Normalizer
from sklearn.linear_model import Ridge
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_squared_error, mean_absolute_error, r2_score

RANDOM_STATE = 2024

reviews = pd.read_csv("train.csv")
reviews = reviews.dropna(subset=["review_text"])
reviews["doc"] = reviews["title"].fillna("") + ". " + reviews["review_text"]
print(f"{len(reviews)} reviews, {reviews['product_id'].nunique()} products")
print("reviews per product (median):", reviews.groupby("product_id").size().median())

lsa_ridge = make_pipeline(
    TfidfVectorizer(stop_words="english", min_df=2, max_df=0.9, ngram_range=(1, 2)),
    TruncatedSVD(n_components=300, random_state=RANDOM_STATE),
    Normalizer(copy=False),
    Ridge(alpha=1.0),
)

X_train, X_val, y_train, y_val = train_test_split(
    reviews["doc"], reviews["rating"], test_size=0.2, random_state=RANDOM_STATE)

lsa_ridge.fit(X_train, y_train)
val_pred = np.clip(lsa_ridge.predict(X_val), 1, 5)

baseline_pred = np.full_like(val_pred, y_train.mean(), dtype=float)


def summary(name, y_true, y_hat):
    print(f"{name:<18} rmse={mean_squared_error(y_true, y_hat) ** 0.5:.3f} "
          f"mae={mean_absolute_error(y_true, y_hat):.3f} r2={r2_score(y_true, y_hat):.3f}")


summary("baseline (mean)", y_val, baseline_pred)
summary("lsa + ridge", y_val, val_pred)

# error analysis by true star
err = pd.DataFrame({"y": y_val.values, "p": val_pred})
print(err.groupby("y")["p"].agg(["mean", "std", "count"]).round(2))

test = pd.read_csv("test.csv")
test["doc"] = test["title"].fillna("") + ". " + test["review_text"].fillna("")
lsa_ridge.fit(reviews["doc"], reviews["rating"])
pd.DataFrame({"review_id": test["review_id"],
              "prediction": np.clip(lsa_ridge.predict(test["doc"]), 1, 5)}).to_csv("predictions.csv", index=False)
