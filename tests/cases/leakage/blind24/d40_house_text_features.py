"""
House prices with listing-description text.

TF-IDF over the agent's description captures things like "renovated kitchen"
or "waterfront" that the structured columns miss.
"""
from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.dummy import DummyRegressor
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.model_selection import train_test_split

logging.basicConfig(level=logging.INFO)
logger = logging.getLogger("house_text")


class Config:
    path = Path("train.csv")
    target = "price"
    text_col = "description"
    numeric = ["sqft_living", "sqft_lot", "bedrooms", "bathrooms", "year_built", "garage_spaces"]
    max_features = 5000
    alpha = 3.0
    seed = 0


def load_data(cfg: Config) -> pd.DataFrame:
    df = pd.read_csv(cfg.path, parse_dates=["sale_date"])
    df[cfg.text_col] = df[cfg.text_col].fillna("").str.lower()
    return df


def engineer_features(df: pd.DataFrame, cfg: Config):
    vectorizer = TfidfVectorizer(max_features=cfg.max_features, ngram_range=(1, 2), min_df=3, sublinear_tf=True)
    text = vectorizer.fit_transform(df[cfg.text_col])
    numeric = np.log1p(df[cfg.numeric].clip(lower=0).to_numpy())
    X = sparse.hstack([sparse.csr_matrix(numeric), text]).tocsr()
    y = np.log1p(df[cfg.target].to_numpy())
    return X, y, vectorizer


def train_model(X, y, cfg: Config) -> Ridge:
    return Ridge(alpha=cfg.alpha).fit(X, y)


def evaluate_model(name: str, y_log_true: np.ndarray, y_log_pred: np.ndarray) -> None:
    y_true, y_pred = np.expm1(y_log_true), np.expm1(y_log_pred)
    logger.info("%s: MAE $%.0f, RMSE $%.0f, RMSLE %.4f", name,
                mean_absolute_error(y_true, y_pred), mean_squared_error(y_true, y_pred) ** 0.5,
                mean_squared_error(y_log_true, y_log_pred) ** 0.5)


def main() -> None:
    cfg = Config()
    df = load_data(cfg)
    X, y, vectorizer = engineer_features(df, cfg)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=cfg.seed)

    model = train_model(X_train, y_train, cfg)
    baseline = DummyRegressor(strategy="mean").fit(X_train, y_train)

    evaluate_model("mean baseline", y_test, baseline.predict(X_test))
    evaluate_model("ridge + tfidf", y_test, model.predict(X_test))

    vocab = np.array(vectorizer.get_feature_names_out())
    top = np.argsort(model.coef_[len(cfg.numeric):])[-15:]
    logger.info("most price-raising phrases: %s", list(vocab[top]))


if __name__ == "__main__":
    main()
