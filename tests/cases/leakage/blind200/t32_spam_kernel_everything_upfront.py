# SPAM DETECTION - my first NLP kernel :)
# please upvote if you find it useful!

import numpy as np
import pandas as pd
import nltk
from nltk.corpus import stopwords
from nltk.stem import PorterStemmer
import string
from sklearn.preprocessing import LabelEncoder
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.feature_selection import SelectKBest, chi2
from imblearn.over_sampling import SMOTE
from sklearn.model_selection import train_test_split
from sklearn.naive_bayes import MultinomialNB
from sklearn.linear_model import LogisticRegression
from sklearn.svm import SVC
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score, precision_score, confusion_matrix

nltk.download("stopwords")

df = pd.read_csv("spam.csv", encoding="ISO-8859-1")
df.drop(columns=["Unnamed: 2", "Unnamed: 3", "Unnamed: 4"], inplace=True)
df.columns = ["target", "text"]
df.drop_duplicates(keep="first", inplace=True)

encoder = LabelEncoder()
df["target"] = encoder.fit_transform(df["target"])
print(df["target"].value_counts())

ps = PorterStemmer()
sw = set(stopwords.words("english"))


def transform_text(text):
    text = text.lower()
    words = nltk.word_tokenize(text)
    words = [w for w in words if w.isalnum()]
    words = [w for w in words if w not in sw and w not in string.punctuation]
    return " ".join(ps.stem(w) for w in words)


df["transformed_text"] = df["text"].apply(transform_text)
df["num_characters"] = df["text"].apply(len)
df["num_words"] = df["text"].apply(lambda x: len(nltk.word_tokenize(x)))

# TF-IDF
tfidf = TfidfVectorizer(max_features=5000)
X = tfidf.fit_transform(df["transformed_text"]).toarray()
y = df["target"].values

# pick best 3000 words
selector = SelectKBest(chi2, k=3000)
X = selector.fit_transform(X, y)

# dataset is imbalanced so balance it
sm = SMOTE(random_state=2)
X, y = sm.fit_resample(X, y)
print("After SMOTE:", np.bincount(y))

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=2)

clfs = {
    "NB": MultinomialNB(),
    "LR": LogisticRegression(solver="liblinear", penalty="l1"),
    "SVC": SVC(kernel="sigmoid", gamma=1.0),
    "RF": RandomForestClassifier(n_estimators=50, random_state=2),
}

accuracy_scores = []
precision_scores = []
for name, clf in clfs.items():
    clf.fit(X_train, y_train)
    y_pred = clf.predict(X_test)
    acc = accuracy_score(y_test, y_pred)
    prec = precision_score(y_test, y_pred)
    print("For", name)
    print("Accuracy -", acc)
    print("Precision -", prec)
    print(confusion_matrix(y_test, y_pred))
    accuracy_scores.append(acc)
    precision_scores.append(prec)

performance_df = pd.DataFrame({"Algorithm": clfs.keys(), "Accuracy": accuracy_scores,
                               "Precision": precision_scores}).sort_values("Precision", ascending=False)
print(performance_df)
