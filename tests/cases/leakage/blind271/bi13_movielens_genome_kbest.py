# Can the tag genome predict how well a movie is rated?
# MovieLens 25M: ratings.csv, genome-scores.csv (movieId, tagId, relevance), genome-tags.csv
import pandas as pd
import numpy as np
from sklearn.feature_selection import SelectKBest, f_regression
from sklearn.linear_model import Ridge
from sklearn.dummy import DummyRegressor
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_absolute_error, r2_score

ML = "ml-25m/"
ratings = pd.read_csv(ML + "ratings.csv", usecols=["movieId", "rating"])
scores = pd.read_csv(ML + "genome-scores.csv")
tags = pd.read_csv(ML + "genome-tags.csv")

# one row per movie: mean rating + number of ratings
per_movie = ratings.groupby("movieId")["rating"].agg(["mean", "count"])
per_movie = per_movie[per_movie["count"] >= 50]   # ignore movies with only a few ratings
print(len(per_movie), "movies with >= 50 ratings")

# genome: 1128 tag relevances per movie, pivot to wide
genome = scores.pivot(index="movieId", columns="tagId", values="relevance")
genome.columns = [tags.set_index("tagId").loc[t, "tag"] for t in genome.columns]

data = genome.join(per_movie, how="inner")
X = data.drop(columns=["mean", "count"])
y = data["mean"]
print(X.shape)

# 1128 features is a lot for ~13k movies -> keep the 50 most related to the rating
selector = SelectKBest(score_func=f_regression, k=50)
X_sel = selector.fit_transform(X, y)
kept = X.columns[selector.get_support()]
print("kept tags:", list(kept)[:25], "...")

X_train, X_test, y_train, y_test = train_test_split(X_sel, y, test_size=0.2, random_state=0)

dummy = DummyRegressor(strategy="mean").fit(X_train, y_train)
ridge = Ridge(alpha=1.0).fit(X_train, y_train)

for name, m in [("baseline (mean)", dummy), ("ridge on 50 tags", ridge)]:
    p = m.predict(X_test)
    print(f"{name:18s} MAE={mean_absolute_error(y_test, p):.4f}  R2={r2_score(y_test, p):.3f}")

coefs = pd.Series(ridge.coef_, index=kept).sort_values()
print(coefs.head(8))
print(coefs.tail(8))
