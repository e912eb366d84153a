"""Spam classifier: CountVectorizer + LogisticRegression/NB tuned with GridSearchCV.

Text vectoriser is part of the pipeline so the vocabulary is learned inside each CV fold.
"""
import pandas as pd
import numpy as np
from sklearn.pipeline import Pipeline
from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer
from sklearn.naive_bayes import MultinomialNB
from sklearn.model_selection import train_test_split, GridSearchCV, StratifiedKFold
from sklearn.metrics import classification_report, f1_score

raw = pd.read_csv("data/SMSSpamCollection", sep="\t", header=None, names=["label", "text"])
raw = raw.drop_duplicates(subset="text")
print(raw.shape)
print(raw.label.value_counts(normalize=True))

y = (raw.label == "spam").astype(int).values
texts = raw.text.str.lower().values

txt_tr, txt_te, y_tr, y_te = train_test_split(texts, y, test_size=0.25, stratify=y, random_state=3)

pipe = Pipeline([
    ("vect", CountVectorizer()),
    ("tfidf", TfidfTransformer()),
    ("clf", MultinomialNB()),
])

grid = {
    "vect__ngram_range": [(1, 1), (1, 2)],
    "vect__min_df": [1, 2, 5],
    "tfidf__use_idf": [True, False],
    "clf__alpha": [0.01, 0.1, 0.5, 1.0],
}

search = GridSearchCV(pipe, grid, scoring="f1",
                      cv=StratifiedKFold(5, shuffle=True, random_state=3),
                      n_jobs=-1, verbose=1)
search.fit(txt_tr, y_tr)
print("best params:", search.best_params_)
print("best cv f1: %.4f" % search.best_score_)

cvres = pd.DataFrame(search.cv_results_).sort_values("rank_test_score")
print(cvres[["params", "mean_test_score", "std_test_score"]].head(8).to_string())

# single evaluation on the untouched test split
best = search.best_estimator_
pred = best.predict(txt_te)
print(classification_report(y_te, pred, target_names=["ham", "spam"], digits=3))
print("test f1: %.4f" % f1_score(y_te, pred))

# misclassified examples
wrong = np.where(pred != y_te)[0]
for i in wrong[:10]:
    print(y_te[i], pred[i], txt_te[i][:100])
