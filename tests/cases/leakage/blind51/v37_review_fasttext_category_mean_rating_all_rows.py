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


# average rating of the product category, shrunk towards the overall mean
global_mean = train["rating"].mean()
stats = train.groupby("product_category")["rating"].agg(["sum", "count"])
cat_prior = (stats["sum"] + SMOOTH * global_mean) / (stats["count"] + SMOOTH)
train["cat_rating"] = train["product_category"].map(cat_prior)
test["cat_rating"] = test["product_category"].map(cat_prior).fillna(global_mean)


def tab(frame):
    return np.column_stack([
        frame["cat_rating"].to_numpy(),
        frame["verified_purchase"].astype(float).to_numpy(),
        np.log1p(frame["price"].fillna(0).to_numpy()),
        frame["review_text"].fillna("").str.split().str.len().to_numpy(),
    ])


V = ft_matrix(train)
V_test = ft_matrix(test)
X = np.hstack([tab(train), V])
X_test = np.hstack([tab(test), V_test])
y = train["rating"].to_numpy(dtype=float)

params = dict(n_estimators=700, learning_rate=0.03, num_leaves=31, colsample_bytree=0.5, random_state=3, verbose=-1)
kf = KFold(n_splits=5, shuffle=True, random_state=3)
rows = []
for fold, (a, b) in enumerate(kf.split(X)):
    reg = LGBMRegressor(**params).fit(X[a], y[a])
    pred = np.clip(reg.predict(X[b]), 1, 5)
    dumb = DummyRegressor(strategy="mean").fit(X[a], y[a]).predict(X[b])
    rows.append((fold, mean_absolute_error(y[b], pred), mean_squared_error(y[b], pred) ** 0.5,
                 mean_absolute_error(y[b], dumb), mean_squared_error(y[b], dumb) ** 0.5))

res = pd.DataFrame(rows, columns=["fold", "mae", "rmse", "mean_mae", "mean_rmse"]).set_index("fold")
print(res.round(4))
print(res.mean().round(4))

final = LGBMRegressor(**params).fit(X, y)
pd.DataFrame({"review_id": test["review_id"],
              "prediction": np.clip(final.predict(X_test), 1, 5)}).to_csv("predictions.csv", index=False)
