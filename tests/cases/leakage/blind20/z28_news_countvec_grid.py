"""Topic classification of news headlines + snippets.

Bag-of-words pipeline tuned with GridSearchCV on the training split; the test
split is scored once with the refitted best pipeline.
"""
import json

import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer
from sklearn.linear_model import SGDClassifier
from sklearn.metrics import accuracy_score, f1_score
from sklearn.model_selection import GridSearchCV, StratifiedKFold, train_test_split
from sklearn.pipeline import Pipeline

records = [json.loads(line) for line in open("data/News_Category_Dataset_v3.json")]
news = pd.DataFrame.from_records(records)
keep = news["category"].value_counts().head(8).index
news = news[news["category"].isin(keep)].reset_index(drop=True)
news["text"] = news["headline"].fillna("") + ". " + news["short_description"].fillna("")
print(news["category"].value_counts())

X_train, X_test, y_train, y_test = train_test_split(
    news["text"], news["category"], test_size=0.2, stratify=news["category"], random_state=4
)

pipeline = Pipeline(
    [
        ("counts", CountVectorizer(lowercase=True, strip_accents="unicode")),
        ("tfidf", TfidfTransformer()),
        ("clf", SGDClassifier(loss="modified_huber", max_iter=50, tol=None, random_state=4)),
    ]
)
param_grid = {
    "counts__ngram_range": [(1, 1), (1, 2)],
    "counts__min_df": [1, 3],
    "tfidf__sublinear_tf": [True, False],
    "clf__alpha": [1e-5, 1e-4, 1e-3],
}
search = GridSearchCV(
    pipeline,
    param_grid,
    scoring="f1_macro",
    cv=StratifiedKFold(n_splits=4, shuffle=True, random_state=4),
    n_jobs=-1,
    verbose=1,
)
search.fit(X_train, y_train)
print("best params:", search.best_params_)
print(f"best CV macro-F1: {search.best_score_:.4f}")

test_pred = search.predict(X_test)
dummy = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
dummy_pred = dummy.predict(X_test)

print(f"test accuracy  : {accuracy_score(y_test, test_pred):.4f}  (majority {accuracy_score(y_test, dummy_pred):.4f})")
print(f"test macro F1  : {f1_score(y_test, test_pred, average='macro'):.4f}  (majority {f1_score(y_test, dummy_pred, average='macro'):.4f})")
