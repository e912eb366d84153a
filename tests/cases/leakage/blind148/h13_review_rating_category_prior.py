# Review rating prediction
# Text (TF-IDF -> SVD) + a category-level prior, LightGBM regressor,
# 5-fold CV grouped by product so that no product is in train and validation at once.
import numpy as np
import pandas as pd
from lightgbm import LGBMRegressor
from sklearn.compose import ColumnTransformer
from sklearn.decomposition import TruncatedSVD
from sklearn.dummy import DummyRegressor
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import GroupKFold, cross_validate
from sklearn.pipeline import Pipeline

df = pd.read_csv("train.csv")
df["body"] = df["title"].fillna("") + " " + df["review_text"].fillna("")
df["verified"] = df["verified_purchase"].astype(int)
df["price"] = df["price"].fillna(0.0)

# categories differ a lot in average satisfaction (electronics vs books...)
print(df.groupby("category")["rating"].agg(["mean", "count"]).sort_values("mean"))
cat_stats = df.groupby("category")["rating"].agg(["mean", "std", "count"])
df["cat_mean_rating"] = df["category"].map(cat_stats["mean"])
df["cat_std_rating"] = df["category"].map(cat_stats["std"]).fillna(0)
df["cat_size"] = df["category"].map(cat_stats["count"])

NUM = ["verified", "price", "cat_mean_rating", "cat_std_rating", "cat_size"]

text_branch = Pipeline([
    ("tfidf", TfidfVectorizer(min_df=5, max_features=40000, ngram_range=(1, 2), sublinear_tf=True)),
    ("svd", TruncatedSVD(n_components=100, random_state=1)),
])
pipe = Pipeline([
    ("cols", ColumnTransformer([("text", text_branch, "body"), ("num", "passthrough", NUM)])),
    ("gbm", LGBMRegressor(n_estimators=500, learning_rate=0.03, num_leaves=31,
                          subsample=0.8, subsample_freq=1, random_state=1, verbose=-1)),
])

X = df[["body"] + NUM]
y = df["rating"]
gkf = GroupKFold(n_splits=5)

scores = {}
for name, est in {"mean baseline": DummyRegressor(), "tfidf-svd + lgbm": pipe}.items():
    cv = cross_validate(est, X, y, groups=df["product_id"], cv=gkf,
                        scoring=("neg_root_mean_squared_error", "neg_mean_absolute_error"))
    scores[name] = (-cv["test_neg_root_mean_squared_error"].mean(),
                    -cv["test_neg_mean_absolute_error"].mean())
for k, (rmse, mae) in scores.items():
    print(f"{k:20s} RMSE {rmse:.3f}   MAE {mae:.3f}")

# fit on all data and predict
test = pd.read_csv("test.csv")
test["body"] = test["title"].fillna("") + " " + test["review_text"].fillna("")
test["verified"] = test["verified_purchase"].astype(int)
test["price"] = test["price"].fillna(0.0)
test["cat_mean_rating"] = test["category"].map(cat_stats["mean"]).fillna(y.mean())
test["cat_std_rating"] = test["category"].map(cat_stats["std"]).fillna(0)
test["cat_size"] = test["category"].map(cat_stats["count"]).fillna(0)
pipe.fit(X, y)
pd.DataFrame({"review_id": test["review_id"],
              "prediction": np.clip(pipe.predict(test[X.columns]), 1, 5)}).to_csv("predictions.csv", index=False)
