#!/usr/bin/env python
"""Rating regression on frozen sentence embeddings.

all-MiniLM-L6-v2 is used as a frozen encoder (no fine-tuning), so encoding every
review up front is just a per-row transformation. The regressor and its scaler
are fitted per fold inside a Pipeline; folds are grouped by product.
"""
import numpy as np
import pandas as pd
from sentence_transformers import SentenceTransformer
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import Ridge
from sklearn.dummy import DummyRegressor
from sklearn.model_selection import GroupKFold, cross_val_predict
from sklearn.metrics import mean_squared_error, mean_absolute_error

ENCODER = "sentence-transformers/all-MiniLM-L6-v2"


def texts(frame):
    return (frame["title"].fillna("") + ". " + frame["review_text"].fillna("")).tolist()


def encode(model, docs, batch_size=128):
    return model.encode(docs, batch_size=batch_size, show_progress_bar=True,
                        normalize_embeddings=True, convert_to_numpy=True)


def main():
    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    encoder = SentenceTransformer(ENCODER)

    E = encode(encoder, texts(train))
    side = np.c_[train["verified_purchase"].astype(int).values, np.log1p(train["price"].fillna(0).values)]
    X = np.hstack([E, side])
    y = train["rating"].values
    groups = train["product_id"].values
    print("feature matrix:", X.shape)

    cv = GroupKFold(n_splits=5)
    reg = make_pipeline(StandardScaler(), Ridge(alpha=10.0))
    oof = np.clip(cross_val_predict(reg, X, y, groups=groups, cv=cv), 1, 5)
    oof_base = cross_val_predict(DummyRegressor(strategy="mean"), X, y, groups=groups, cv=cv)

    for name, p in [("DummyRegressor(mean)", oof_base), ("MiniLM + ridge", oof)]:
        print(f"{name:22s} RMSE {mean_squared_error(y, p) ** 0.5:.3f}  MAE {mean_absolute_error(y, p):.3f}")

    # per-star breakdown of out-of-fold predictions
    print(pd.DataFrame({"star": y, "pred": oof}).groupby("star")["pred"].describe()[["mean", "std"]])

    reg.fit(X, y)
    E_test = encode(encoder, texts(test))
    side_test = np.c_[test["verified_purchase"].astype(int).values, np.log1p(test["price"].fillna(0).values)]
    pred = np.clip(reg.predict(np.hstack([E_test, side_test])), 1, 5)
    pd.DataFrame({"review_id": test["review_id"], "prediction": pred}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
