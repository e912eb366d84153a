# Movie Revenue Prediction from metadata + plot keywords
# Data science certificate - capstone
# Data: tmdb_5000_movies.csv

import ast
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from scipy.sparse import hstack, csr_matrix
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import train_test_split, GridSearchCV
from sklearn.linear_model import Ridge
from sklearn.svm import LinearSVR
from sklearn.dummy import DummyRegressor
from sklearn.metrics import r2_score, mean_absolute_error

movies = pd.read_csv("data/tmdb_5000_movies.csv")
movies = movies[(movies.budget > 10_000) & (movies.revenue > 10_000)].reset_index(drop=True)
print(len(movies), "movies with budget and revenue")

# --- EDA ---
print(movies[["budget", "revenue", "runtime", "vote_average"]].describe())
plt.figure(figsize=(6, 4))
plt.hist(np.log10(movies.revenue), bins=40)
plt.xlabel("log10 revenue")
plt.savefig("plots/revenue_hist.png")


def names(js):
    return " ".join(d["name"].replace(" ", "_") for d in ast.literal_eval(js)) if isinstance(js, str) else ""


movies["genre_txt"] = movies["genres"].apply(names)
movies["kw_txt"] = movies["keywords"].apply(names)
movies["company_txt"] = movies["production_companies"].apply(names)
movies["text"] = movies["overview"].fillna("") + " " + movies["kw_txt"] + " " + movies["genre_txt"] + " " + movies["company_txt"]

# numeric block
movies["log_budget"] = np.log1p(movies.budget)
movies["log_votes"] = np.log1p(movies.vote_count)
movies["runtime"] = movies["runtime"].fillna(100)
num = movies[["log_budget", "log_votes", "runtime", "vote_average"]].values

# text block
tfidf = TfidfVectorizer(min_df=3, max_features=5000, ngram_range=(1, 2), stop_words="english")
text_matrix = tfidf.fit_transform(movies["text"])
print("tf-idf vocabulary:", len(tfidf.vocabulary_))

X = hstack([csr_matrix(num), text_matrix]).tocsr()
y = np.log1p(movies.revenue.values)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=31)

results = {}
baseline = DummyRegressor(strategy="median").fit(X_train, y_train)
results["median baseline"] = baseline.predict(X_test)

ridge = GridSearchCV(Ridge(), {"alpha": [0.3, 1, 3, 10, 30]}, cv=5, scoring="r2").fit(X_train, y_train)
results["ridge"] = ridge.predict(X_test)
print("ridge alpha:", ridge.best_params_)

svr = GridSearchCV(LinearSVR(max_iter=20000, random_state=31), {"C": [0.01, 0.1, 1]}, cv=5, scoring="r2").fit(X_train, y_train)
results["linear svr"] = svr.predict(X_test)
print("svr C:", svr.best_params_)

print("\nmodel              R2(log)   MAE($M)")
for name, pred in results.items():
    mae_m = mean_absolute_error(np.expm1(y_test), np.expm1(pred)) / 1e6
    print(f"{name:18s} {r2_score(y_test, pred):7.3f}   {mae_m:7.1f}")

# most predictive words
coef = ridge.best_estimator_.coef_[4:]
vocab = np.array(tfidf.get_feature_names_out())
print("\nwords linked to higher revenue:", vocab[np.argsort(coef)[-15:]][::-1])
