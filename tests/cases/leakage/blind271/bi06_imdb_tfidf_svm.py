# IMDB 50k reviews - sentiment with tfidf + linear svm
# dataset: kaggle "IMDB Dataset.csv" (review, sentiment)

import re
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.svm import LinearSVC
from sklearn.model_selection import train_test_split
from sklearn.metrics import accuracy_score, classification_report, f1_score

df = pd.read_csv("IMDB Dataset.csv")
print(df.head())
print(df.sentiment.value_counts())

def clean(text):
    text = re.sub(r"<br\s*/?>", " ", text)      # html line breaks all over the place
    text = re.sub(r"[^a-zA-Z']", " ", text)
    return re.sub(r"\s+", " ", text).lower().strip()

df["clean"] = df["review"].apply(clean)
df["label"] = (df["sentiment"] == "positive").astype(int)
df["n_words"] = df["clean"].str.split().str.len()
print(df["n_words"].describe())

text_train, text_test, y_train, y_test = train_test_split(
    df["clean"], df["label"], test_size=0.25, random_state=7, stratify=df["label"]
)

# tfidf with bigrams, drop super rare + super common terms
# vocabulary / idf learned on the training reviews only
tfidf = TfidfVectorizer(ngram_range=(1, 2), min_df=5, max_df=0.9,
                        sublinear_tf=True, stop_words="english")
X_train = tfidf.fit_transform(text_train)
X_test = tfidf.transform(text_test)
print("vocab size:", len(tfidf.vocabulary_))

svm = LinearSVC(C=0.5)
svm.fit(X_train, y_train)
pred = svm.predict(X_test)

# majority class baseline, by hand
majority = y_train.value_counts().idxmax()
base_acc = (y_test == majority).mean()
print("baseline (always %d) acc: %.4f" % (majority, base_acc))
print("svm acc:", accuracy_score(y_test, pred))
print("svm f1 :", f1_score(y_test, pred))
print(classification_report(y_test, pred, target_names=["neg", "pos"]))

# top words each side
import numpy as np
names = np.array(tfidf.get_feature_names_out())
order = np.argsort(svm.coef_[0])
print("most negative:", names[order[:20]])
print("most positive:", names[order[-20:]])
