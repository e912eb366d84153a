# Review rating -- fastText sentence vectors + category prior + gradient boosting
#
# python rating_model.py
#
import fasttext
import numpy as np
import pandas as pd
from lightgbm import LGBMRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.model_selection import KFold

SMOOTH = 20  # pseudo-count towards the global mean for small categories

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(train.shape, test.shape)
print(train["product_category"].value_counts().head(15))

ft = fasttext.load_model("cc.en.300.bin")


def ft_matrix(frame):
    text = (frame["title"].fillna("") + " " + frame["review_text"].fillna("")).str.replace("\n", " ")
    return np.vstack([ft.get_sentence_vector(t) for t in text])


def category_prior(frame):
    """Average rating per product category, shrunk towards the overall mean (fit on the rows given)."""
    global_mean = frame["rating"].mean()
    stats = frame.groupby("product_category")["rating"].agg(["sum", "count"])
    return (stats["sum"] + SMOOTH * global_mean) / (stats["count"] + SMOOTH), global_mean


def tab(frame, prior, fallback):
    return np.column_stack([
        frame["product_category"].map(prior).fillna(fallback).to_numpy(),
        frame["verified_purchase"].astype(float).to_numpy(),
        np.log1p(frame["price"].fillna(0).to_numpy()),
        frame["review_text"].fillna("").str.split().str.len().to_numpy(),
    ])


V = ft_matrix(train)
V_test = ft_matrix(test)
y = train["rating"].to_numpy(dtype=float)

params = dict(n_estimators=700, learning_rate=0.03, num_leaves=31, colsample_bytree=0.5, random_state=3, verbose=-1)
kf = KFold(n_splits=5, shuffle=True, random_state=3)
rows = []
for fold, (a, b) in enumerate(kf.split(V)):
    prior, fallback = category_prior(train.iloc[a])
    X_a = np.hstack([tab(train.iloc[a], prior, fallback), V[a]])
    X_b = np.hstack([tab(train.iloc[b], prior, fallback), V[b]])
    reg = LGBMRegressor(**params).fit(X_a, y[a])
    pred = np.clip(reg.predict(X_b), 1, 5)
    dumb = DummyRegressor(strategy="mean").fit(X_a, y[a]).predict(X_b)
    rows.append((fold, mean_absolute_error(y[b], pred), mean_squared_error(y[b], pred) ** 0.5,
                 mean_absolute_error(y[b], dumb), mean_squared_error(y[b], dumb) ** 0.5))

res = pd.DataFrame(rows, columns=["fold", "mae", "rmse", "mean_mae", "mean_rmse"]).set_index("fold")
print(res.round(4))
print(res.mean().round(4))

prior, fallback = category_prior(train)
X = np.hstack([tab(train, prior, fallback), V])
X_test = np.hstack([tab(test, prior, fallback), V_test])
final = LGBMRegressor(**params).fit(X, y)
pd.DataFrame({"review_id": test["review_id"],
              "prediction": np.clip(final.predict(X_test), 1, 5)}).to_csv("predictions.csv", index=False)
