"""Amazon Fine Food Reviews: positive (4-5 stars) vs negative (1-2 stars).

TF-IDF + logistic regression, 5-fold CV, compared with a dummy model.
"""
import pandas as pd
from sklearn.pipeline import make_pipeline
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import StratifiedKFold, cross_validate

reviews = pd.read_csv("amazon-fine-food-reviews/Reviews.csv")
reviews = reviews[reviews["Score"] != 3].copy()
reviews["positive"] = (reviews["Score"] > 3).astype(int)
reviews["text"] = reviews["Summary"].fillna("") + " . " + reviews["Text"].fillna("")
print(len(reviews), "reviews,", reviews["positive"].mean().round(3), "positive")

# how many reviews per user? a few accounts are very active
per_user = reviews.groupby("UserId").size().sort_values(ascending=False)
print(per_user.head(10))
print("users:", per_user.shape[0], "| users with >10 reviews:", (per_user > 10).sum())

# subsample to keep CV fast on a laptop
reviews = reviews.sample(120_000, random_state=3)

model = make_pipeline(
    TfidfVectorizer(ngram_range=(1, 2), min_df=3, max_features=200_000, sublinear_tf=True),
    LogisticRegression(C=2.0, max_iter=2000, class_weight="balanced"),
)
dummy = DummyClassifier(strategy="prior")

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=3)
for name, est in [("dummy", dummy), ("tfidf+LR", model)]:
    res = cross_validate(est, reviews["text"], reviews["positive"], cv=cv,
                         scoring=["roc_auc", "f1_macro"], n_jobs=-1)
    print(f"{name:10s} AUC {res['test_roc_auc'].mean():.4f}  macro-F1 {res['test_f1_macro'].mean():.4f}")
