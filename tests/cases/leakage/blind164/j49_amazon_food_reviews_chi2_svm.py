"""Amazon Fine Food Reviews - positive vs negative review classifier.

Reviews.csv (568k reviews). Score 4-5 -> positive, 1-2 -> negative, 3 dropped.
TF-IDF on the review text, keep the 20k most discriminative terms (chi-squared), linear SVM.
"""
import time

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.feature_selection import SelectKBest, chi2
from sklearn.metrics import balanced_accuracy_score, f1_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.svm import LinearSVC

t0 = time.time()
reviews = pd.read_csv("Reviews.csv", usecols=["Id", "Score", "Summary", "Text"])
reviews = reviews[reviews["Score"] != 3]
reviews = reviews.drop_duplicates(subset=["Text"])
reviews["positive"] = (reviews["Score"] >= 4).astype(int)
reviews["doc"] = reviews["Summary"].fillna("") + " . " + reviews["Text"].str.replace(r"<br\s*/?>", " ", regex=True)
print(f"{len(reviews):,} reviews, {reviews['positive'].mean():.1%} positive")

vectorizer = TfidfVectorizer(min_df=3, max_df=0.8, ngram_range=(1, 2), sublinear_tf=True, max_features=400_000)
X_all = vectorizer.fit_transform(reviews["doc"])
y_all = reviews["positive"].values
print("tf-idf matrix:", X_all.shape, f"({time.time() - t0:.0f}s)")

selector = SelectKBest(chi2, k=20_000)
X_sel = selector.fit_transform(X_all, y_all)
terms = np.array(vectorizer.get_feature_names_out())[selector.get_support()]
print("kept terms (sample):", ", ".join(terms[:15]))

X_train, X_test, y_train, y_test = train_test_split(X_sel, y_all, test_size=0.2, random_state=31, stratify=y_all)

svm = LinearSVC(C=0.3, class_weight="balanced")
svm.fit(X_train, y_train)
scores = svm.decision_function(X_test)
pred = (scores > 0).astype(int)

dummy = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
dpred = dummy.predict(X_test)

print(f"SVM    balanced acc {balanced_accuracy_score(y_test, pred):.4f}  "
      f"F1(neg) {f1_score(y_test, pred, pos_label=0):.4f}  ROC AUC {roc_auc_score(y_test, scores):.4f}")
print(f"dummy  balanced acc {balanced_accuracy_score(y_test, dpred):.4f}  "
      f"F1(neg) {f1_score(y_test, dpred, pos_label=0):.4f}")
print(f"done in {time.time() - t0:.0f}s")
