"""Predict the star rating of a product review.

Encoder : distilroberta-base, mean pooled over non-padding tokens (frozen, eval mode)
Side    : verified flag, price, category, length features
Model   : LightGBM regressor
"""
import numpy as np
import pandas as pd
import torch
from lightgbm import LGBMRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error
from transformers import AutoModel, AutoTokenizer

ENCODER = "distilroberta-base"
BATCH = 48


class MeanPooler:
    def __init__(self, name):
        self.tok = AutoTokenizer.from_pretrained(name)
        self.net = AutoModel.from_pretrained(name).eval()

    @torch.inference_mode()
    def __call__(self, texts):
        parts = []
        for i in range(0, len(texts), BATCH):
            enc = self.tok(texts[i:i + BATCH], padding=True, truncation=True, max_length=320, return_tensors="pt")
            h = self.net(**enc).last_hidden_state
            m = enc["attention_mask"].unsqueeze(-1).to(h.dtype)
            parts.append(((h * m).sum(1) / m.sum(1)).numpy())
        return np.concatenate(parts)


def side(frame):
    out = pd.DataFrame({
        "verified": frame["verified_purchase"].astype(int),
        "price": frame["price"],
        "title_len": frame["title"].fillna("").str.len(),
        "text_len": frame["review_text"].fillna("").str.len(),
        "q_marks": frame["review_text"].fillna("").str.count(r"\?"),
        "category": frame["product_category"].astype("category"),
    })
    return out


def design(frame, pooler):
    texts = (frame["title"].fillna("") + " </s> " + frame["review_text"].fillna("")).tolist()
    emb = pd.DataFrame(pooler(texts), index=frame.index).add_prefix("h")
    return pd.concat([side(frame), emb], axis=1)


def main():
    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    print(train["rating"].describe())
    print(train.groupby("product_category")["rating"].agg(["mean", "count"]).round(2))

    pooler = MeanPooler(ENCODER)
    X = design(train, pooler)
    y = train["rating"].astype(float)

    model = LGBMRegressor(n_estimators=900, learning_rate=0.03, num_leaves=31, colsample_bytree=0.4,
                          min_child_samples=25, random_state=0, verbose=-1)
    model.fit(X, y)

    fitted = np.clip(model.predict(X), 1, 5)
    mean_guess = np.full(len(y), y.mean())
    print(f"LightGBM   MAE {mean_absolute_error(y, fitted):.3f}  RMSE {mean_squared_error(y, fitted) ** 0.5:.3f}")
    print(f"mean guess MAE {mean_absolute_error(y, mean_guess):.3f}  RMSE {mean_squared_error(y, mean_guess) ** 0.5:.3f}")

    X_test = design(test, pooler)
    X_test["category"] = pd.Categorical(X_test["category"], categories=X["category"].cat.categories)
    pred = np.clip(model.predict(X_test), 1, 5)
    pd.DataFrame({"review_id": test["review_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
    print("saved", len(pred), "predictions")


if __name__ == "__main__":
    main()
