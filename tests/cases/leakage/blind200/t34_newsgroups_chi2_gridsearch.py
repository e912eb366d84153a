"""
20 Newsgroups topic classification
TF-IDF -> chi2 feature selection -> linear SVM, tuned with a grid search.
"""
from time import time

import numpy as np
from sklearn.datasets import fetch_20newsgroups
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.feature_selection import SelectKBest, chi2
from sklearn.metrics import accuracy_score, classification_report, f1_score
from sklearn.model_selection import GridSearchCV, StratifiedKFold
from sklearn.pipeline import Pipeline
from sklearn.svm import LinearSVC

REMOVE = ("headers", "footers", "quotes")   # otherwise the model just learns signatures

train = fetch_20newsgroups(subset="train", remove=REMOVE, shuffle=True, random_state=42)
test = fetch_20newsgroups(subset="test", remove=REMOVE)
print(f"{len(train.data)} train docs, {len(test.data)} test docs, {len(train.target_names)} classes")
print("class counts (train):", np.bincount(train.target))

pipeline = Pipeline([
    ("tfidf", TfidfVectorizer(sublinear_tf=True, max_df=0.5, stop_words="english")),
    ("select", SelectKBest(chi2)),
    ("svm", LinearSVC(dual=True, max_iter=5000)),
])

param_grid = {
    "tfidf__ngram_range": [(1, 1), (1, 2)],
    "tfidf__min_df": [1, 3],
    "select__k": [5000, 20000, "all"],
    "svm__C": [0.1, 0.5, 1.0],
}

search = GridSearchCV(
    pipeline,
    param_grid,
    cv=StratifiedKFold(n_splits=5, shuffle=True, random_state=0),
    scoring="f1_macro",
    n_jobs=-1,
    verbose=1,
)
t0 = time()
search.fit(train.data, train.target)
print(f"grid search done in {time() - t0:.1f}s")
print("best CV macro-F1: %.4f" % search.best_score_)
for k, v in sorted(search.best_params_.items()):
    print(f"  {k}: {v}")

# top-5 configurations by CV score
ranked = sorted(zip(search.cv_results_["mean_test_score"], search.cv_results_["params"]),
                key=lambda t: -t[0])[:5]
for score, params in ranked:
    print(round(score, 4), params)

# single evaluation of the refitted best pipeline on the official test split
best = search.best_estimator_
pred = best.predict(test.data)

dummy = DummyClassifier(strategy="most_frequent").fit(train.data, train.target)
dummy_pred = dummy.predict(test.data)
print("dummy  acc %.4f  macro-F1 %.4f" % (accuracy_score(test.target, dummy_pred),
                                          f1_score(test.target, dummy_pred, average="macro")))
print("model  acc %.4f  macro-F1 %.4f" % (accuracy_score(test.target, pred),
                                          f1_score(test.target, pred, average="macro")))
print(classification_report(test.target, pred, target_names=test.target_names))

selector = best.named_steps["select"]
print("features kept:", int(selector.get_support().sum()))
