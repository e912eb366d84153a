# SMS spam classifier - TF-IDF + Multinomial Naive Bayes (sklearn Pipeline)

import pandas as pd
import matplotlib.pyplot as plt
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import Pipeline
from sklearn.model_selection import train_test_split
from sklearn.naive_bayes import MultinomialNB
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score, precision_score, recall_score, f1_score

sms = pd.read_csv("spam.csv", encoding="latin-1")[["v1", "v2"]]
sms.columns = ["label", "text"]
sms["label"] = sms["label"].map({"ham": 0, "spam": 1})
print(sms.shape)
print(sms["label"].value_counts())

sms["length"] = sms["text"].str.len()
sms.hist(column="length", by="label", bins=50, figsize=(10, 4))
plt.show()

X_train, X_test, y_train, y_test = train_test_split(
    sms["text"], sms["label"], test_size=0.2, stratify=sms["label"], random_state=5
)

text_clf = Pipeline([
    ("tfidf", TfidfVectorizer(stop_words="english", lowercase=True, min_df=2)),
    ("nb", MultinomialNB(alpha=0.1)),
])
text_clf.fit(X_train, y_train)
pred = text_clf.predict(X_test)

dummy = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
d_pred = dummy.predict(X_test)

print("NB    acc=%.4f prec=%.4f rec=%.4f f1=%.4f" % (
    accuracy_score(y_test, pred), precision_score(y_test, pred),
    recall_score(y_test, pred), f1_score(y_test, pred)))
print("Dummy acc=%.4f f1=%.4f" % (accuracy_score(y_test, d_pred), f1_score(y_test, d_pred, zero_division=0)))

print(text_clf.predict(["WINNER!! Claim your free prize now", "see you at lunch?"]))
