"""Helpfulness regression, evaluated with expanding-window time-series CV.

Reviews are sorted by review_date and TimeSeriesSplit always trains on older
reviews and validates on the next block, like the real deployment.
"""
import numpy as np
import pandas as pd
from sklearn.pipeline import make_pipeline
from sklearn.compose import make_column_transformer
from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import SGDRegressor
from sklearn.dummy import DummyRegressor
from sklearn.model_selection import TimeSeriesSplit, cross_val_score

FEATURES = ["text", "rating", "log_len", "verified"]


def prepare(df):
    df = df.copy()
    df["text"] = df["title"].fillna("") + " " + df["review_text"].fillna("")
    df["log_len"] = np.log1p(df["text"].str.len())
    df["verified"] = df["verified_purchase"].astype(int)
    return df


def make_model():
    return make_pipeline(
        make_column_transformer(
            (make_pipeline(HashingVectorizer(n_features=2**20, ngram_range=(1, 2), alternate_sign=False),
                           TfidfTransformer()), "text"),
            (StandardScaler(), ["rating", "log_len", "verified"]),
        ),
        SGDRegressor(alpha=1e-5, max_iter=20, random_state=0),
    )


if __name__ == "__main__":
    df = prepare(pd.read_csv("train.csv", parse_dates=["review_date"]))
    df = df.sort_values("review_date").reset_index(drop=True)

    tscv = TimeSeriesSplit(n_splits=5)
    X, y = df[FEATURES], df["helpfulness"]
    model_mae = -cross_val_score(make_model(), X, y, cv=tscv, scoring="neg_mean_absolute_error")
    dummy_mae = -cross_val_score(DummyRegressor(strategy="mean"), X, y, cv=tscv, scoring="neg_mean_absolute_error")
    for i, (m, d) in enumerate(zip(model_mae, dummy_mae)):
        print(f"fold {i}: model MAE {m:.4f}  mean-baseline MAE {d:.4f}")
    print(f"avg: model {model_mae.mean():.4f} vs baseline {dummy_mae.mean():.4f}")

    model = make_model().fit(X, y)
    test = prepare(pd.read_csv("test.csv"))
    pd.DataFrame({"review_id": test["review_id"],
                  "prediction": np.clip(model.predict(test[FEATURES]), 0, 1)}).to_csv("predictions.csv", index=False)
