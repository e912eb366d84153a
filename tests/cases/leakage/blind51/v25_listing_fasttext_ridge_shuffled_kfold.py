"""Listing price regression with pretrained fastText sentence vectors.

Run:  python solution.py   (expects cc.en.300.bin next to the data)
"""
import fasttext
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.linear_model import Ridge
from sklearn.model_selection import KFold, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

FT_PATH = "cc.en.300.bin"
NUMERIC = ["bedrooms", "bathrooms", "sqft", "latitude", "longitude"]


def clean(text: str) -> str:
    return " ".join(str(text).replace("\n", " ").split()).lower()


def sentence_vectors(ft, texts):
    return np.vstack([ft.get_sentence_vector(clean(t)) for t in texts])


def structured(frame: pd.DataFrame) -> np.ndarray:
    out = frame[NUMERIC].fillna(0).copy()
    out["log_sqft"] = np.log1p(out["sqft"].clip(lower=0))
    out["beds_x_baths"] = out["bedrooms"] * out["bathrooms"]
    out["listed_month"] = frame["listed_at"].dt.month
    out["listed_year"] = frame["listed_at"].dt.year
    return out.to_numpy(dtype=float)


def main() -> None:
    df = pd.read_csv("train.csv", parse_dates=["listed_at"])
    df_test = pd.read_csv("test.csv", parse_dates=["listed_at"])
    print(df.shape, "price range", df["price"].min(), df["price"].max())
    print(df.groupby(df["listed_at"].dt.to_period("Q"))["price"].median())

    ft = fasttext.load_model(FT_PATH)
    text = df["title"].fillna("") + " " + df["description"].fillna("")
    text_test = df_test["title"].fillna("") + " " + df_test["description"].fillna("")

    X = np.hstack([sentence_vectors(ft, text), structured(df)])
    X_test = np.hstack([sentence_vectors(ft, text_test), structured(df_test)])
    y = np.log1p(df["price"].to_numpy())

    folds = KFold(n_splits=5, shuffle=True, random_state=8)
    ridge = make_pipeline(StandardScaler(), Ridge(alpha=10.0))
    scoring = ["neg_mean_absolute_error", "neg_root_mean_squared_error"]

    res = cross_validate(ridge, X, y, cv=folds, scoring=scoring)
    base = cross_validate(DummyRegressor(strategy="median"), X, y, cv=folds, scoring=scoring)
    for name, r in (("ridge", res), ("median", base)):
        print(f"{name:<7} MAE(log) {-r['test_neg_mean_absolute_error'].mean():.4f}"
              f"  RMSE(log) {-r['test_neg_root_mean_squared_error'].mean():.4f}")

    ridge.fit(X, y)
    pd.DataFrame({"listing_id": df_test["listing_id"],
                  "prediction": np.expm1(ridge.predict(X_test))}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
