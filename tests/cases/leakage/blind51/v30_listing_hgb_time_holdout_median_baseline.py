"""
Listing price model.

  text  -> paraphrase-MiniLM-L6-v2 sentence embeddings (frozen, not fine-tuned)
  table -> bedrooms / bathrooms / sqft / location / neighbourhood one-hots
  model -> HistGradientBoostingRegressor on log(price)

Validation: everything listed on or after 2024-01-01 is held out (future listings).
"""
import numpy as np
import pandas as pd
from sentence_transformers import SentenceTransformer
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

CUTOFF = pd.Timestamp("2024-01-01")
SEED = 17


def read(path):
    frame = pd.read_csv(path, parse_dates=["listed_at"])
    frame["text"] = frame["title"].fillna("") + " -- " + frame["description"].fillna("")
    return frame


def table_features(frame, hood_cols=None):
    base = pd.DataFrame({
        "bedrooms": frame["bedrooms"],
        "bathrooms": frame["bathrooms"],
        "sqft": frame["sqft"],
        "lat": frame["latitude"],
        "lon": frame["longitude"],
        "quarter": frame["listed_at"].dt.quarter,
        "desc_words": frame["description"].fillna("").str.split().str.len(),
    })
    hoods = pd.get_dummies(frame["neighbourhood"], prefix="hood", dtype=float)
    if hood_cols is not None:
        hoods = hoods.reindex(columns=hood_cols, fill_value=0.0)
    return pd.concat([base, hoods], axis=1)


def evaluate(name, y_true, y_pred):
    mae = mean_absolute_error(y_true, y_pred)
    rmse = np.sqrt(mean_squared_error(y_true, y_pred))
    print(f"{name:<12} MAE {mae:9.1f}   RMSE {rmse:9.1f}")


def main():
    train = read("train.csv")
    test = read("test.csv")
    print(train["listed_at"].describe())

    encoder = SentenceTransformer("paraphrase-MiniLM-L6-v2")
    emb = encoder.encode(train["text"].tolist(), batch_size=128, show_progress_bar=False)
    emb_test = encoder.encode(test["text"].tolist(), batch_size=128, show_progress_bar=False)

    tab = table_features(train)
    tab_test = table_features(test, hood_cols=[c for c in tab.columns if c.startswith("hood_")])
    X = np.hstack([tab.to_numpy(dtype=float), emb])
    X_test = np.hstack([tab_test.to_numpy(dtype=float), emb_test])
    y = np.log(train["price"].to_numpy())

    early = (train["listed_at"] < CUTOFF).to_numpy()
    late = ~early
    print(f"fit on {early.sum()} listings before {CUTOFF.date()}, validate on {late.sum()} after")

    model = HistGradientBoostingRegressor(max_iter=800, learning_rate=0.04, max_leaf_nodes=40,
                                          min_samples_leaf=30, random_state=SEED)
    model.fit(X[early], y[early])
    evaluate("HGB", np.exp(y[late]), np.exp(model.predict(X[late])))

    # baseline: the median price of the training period for every listing
    median_price = np.median(np.exp(y[early]))
    evaluate("median price", np.exp(y[late]), np.full(late.sum(), median_price))

    by_hood = pd.DataFrame({"hood": train.loc[late, "neighbourhood"].to_numpy(),
                            "abs_err": np.abs(np.exp(y[late]) - np.exp(model.predict(X[late])))})
    print(by_hood.groupby("hood")["abs_err"].agg(["mean", "size"]).sort_values("mean").tail(10))

    model.fit(X, y)
    pd.DataFrame({"listing_id": test["listing_id"], "prediction": np.exp(model.predict(X_test))}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
