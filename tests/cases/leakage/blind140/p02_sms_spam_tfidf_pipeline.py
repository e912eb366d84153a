"""SMS spam filter: TF-IDF + Multinomial NB in a single sklearn Pipeline.

Data: UCI SMS Spam Collection (tab separated, columns: label, message).
"""
import re
import string

import joblib
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import classification_report, confusion_matrix, f1_score
from sklearn.model_selection import GridSearchCV, StratifiedKFold, train_test_split
from sklearn.naive_bayes import MultinomialNB
from sklearn.pipeline import Pipeline

DATA_PATH = "data/SMSSpamCollection"
SEED = 7


def normalise(text):
    text = text.lower()
    text = re.sub(r"http\S+|www\.\S+", " urltoken ", text)
    text = re.sub(r"\b\d{5,}\b", " phonetoken ", text)
    text = re.sub(r"\d+", " numtoken ", text)
    text = text.translate(str.maketrans("", "", string.punctuation))
    return re.sub(r"\s+", " ", text).strip()


sms = pd.read_csv(DATA_PATH, sep="\t", header=None, names=["label", "message"],
                  encoding="latin-1")
sms = sms.drop_duplicates(subset="message").reset_index(drop=True)
sms["spam"] = (sms["label"] == "spam").astype(int)
sms["text"] = sms["message"].map(normalise)
print(sms["spam"].mean().round(3), "share of spam")

train_text, test_text, y_train, y_test = train_test_split(
    sms["text"], sms["spam"], test_size=0.2, stratify=sms["spam"], random_state=SEED)

pipe = Pipeline([
    ("tfidf", TfidfVectorizer(sublinear_tf=True, stop_words="english")),
    ("nb", MultinomialNB()),
])
grid = GridSearchCV(
    pipe,
    param_grid={
        "tfidf__ngram_range": [(1, 1), (1, 2)],
        "tfidf__min_df": [1, 2, 5],
        "nb__alpha": [0.01, 0.1, 0.5, 1.0],
    },
    scoring="f1",
    cv=StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED),
    n_jobs=-1,
)
grid.fit(train_text, y_train)
print("best params:", grid.best_params_)
print("cv f1: %.4f" % grid.best_score_)

# reference point: always predict the majority class
dummy = DummyClassifier(strategy="most_frequent").fit(train_text, y_train)
print("dummy f1 :", f1_score(y_test, dummy.predict(test_text), zero_division=0))

y_pred = grid.best_estimator_.predict(test_text)
print("model f1 :", round(f1_score(y_test, y_pred), 4))
print(confusion_matrix(y_test, y_pred))
print(classification_report(y_test, y_pred, target_names=["ham", "spam"]))

best = grid.best_estimator_
vocab = np.array(best.named_steps["tfidf"].get_feature_names_out())
nb = best.named_steps["nb"]
ratio = nb.feature_log_prob_[1] - nb.feature_log_prob_[0]
print("spam tokens:", list(vocab[np.argsort(ratio)[-20:]]))

joblib.dump(best, "models/spam_pipeline.joblib")
